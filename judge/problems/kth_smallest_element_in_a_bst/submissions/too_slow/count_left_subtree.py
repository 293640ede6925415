# Count the nodes of the left subtree to know which side holds the k-th value, then
# descend. Fine on a balanced tree, but on a path leaning left every step recounts almost
# the whole tree: O(n^2).
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        while root:
            left = self.count(root.left)
            if k <= left:
                root = root.left
            elif k == left + 1:
                return root.val
            else:
                k -= left + 1
                root = root.right
        return -1

    def count(self, node: Optional[TreeNode]) -> int:
        if not node:
            return 0
        return 1 + self.count(node.left) + self.count(node.right)
