# Depth-first with an explicit stack of (node, depth): no recursion limit to reach.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        best, stack = 0, [(root, 1)]
        while stack:
            node, depth = stack.pop()
            if node:
                best = max(best, depth)
                stack.append((node.left, depth + 1))
                stack.append((node.right, depth + 1))
        return best
