# Tries every node as the top of the path, recomputing the best downward gains of its
# children from scratch each time: O(n * h) time, O(n^2) on a path-shaped tree.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def gain(node: Optional[TreeNode]) -> int:
            if not node:
                return 0
            return max(0, node.val + max(gain(node.left), gain(node.right)))

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + gain(node.left) + gain(node.right))
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return best
