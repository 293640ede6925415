"""Reference solution for maximum_depth_of_binary_tree: breadth-first, one level at a time.
O(n) time; O(n) space for the widest level. TreeNode is predefined, as on LeetCode."""

from collections import deque


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        depth, level = 0, deque([root])
        while level:
            depth += 1
            for _ in range(len(level)):
                node = level.popleft()
                if node.left:
                    level.append(node.left)
                if node.right:
                    level.append(node.right)
        return depth
