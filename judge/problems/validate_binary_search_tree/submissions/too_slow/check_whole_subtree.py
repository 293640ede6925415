# For every node, scan its whole left subtree for a value that is too big and its whole
# right subtree for one that is too small. O(n log n) on a balanced tree but O(n^2) on a
# path, where each node's subtree holds all the nodes below it.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        if not root:
            return True
        if self.maxValue(root.left) >= root.val or self.minValue(root.right) <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)

    def maxValue(self, node: Optional[TreeNode]) -> float:
        if not node:
            return float("-inf")
        return max(node.val, self.maxValue(node.left), self.maxValue(node.right))

    def minValue(self, node: Optional[TreeNode]) -> float:
        if not node:
            return float("inf")
        return min(node.val, self.minValue(node.left), self.minValue(node.right))
