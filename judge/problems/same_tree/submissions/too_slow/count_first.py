# Rejects early when the two trees differ in size... but counts both subtrees again at
# every node it compares: O(n * h) time, O(n^2) on a path-shaped tree.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        if self.count(p) != self.count(q):
            return False
        if not p:
            return True
        if p.val != q.val:
            return False
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)

    def count(self, node: Optional[TreeNode]) -> int:
        if not node:
            return 0
        return 1 + self.count(node.left) + self.count(node.right)
