# Starts the best sum at 0, as if the empty path counted: a tree of negative values
# answers 0 instead of its largest value.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = 0

        def dfs(node):
            nonlocal best
            if not node:
                return 0
            left = max(dfs(node.left), 0)
            right = max(dfs(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        dfs(root)
        return best
