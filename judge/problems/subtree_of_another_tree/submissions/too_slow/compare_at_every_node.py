# The classic solution: compare subRoot with the subtree of every node of root.
# O(s * t) time (LeetCode accepts it at its sizes); O(n^2) with t = n/2 on a path of
# equal values, where every comparison runs t nodes deep before it fails.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        if not root:
            return False
        if self.isSame(root, subRoot):
            return True
        return self.isSubtree(root.left, subRoot) or self.isSubtree(root.right, subRoot)

    def isSame(self, a: Optional[TreeNode], b: Optional[TreeNode]) -> bool:
        if not a and not b:
            return True
        if not a or not b or a.val != b.val:
            return False
        return self.isSame(a.left, b.left) and self.isSame(a.right, b.right)
