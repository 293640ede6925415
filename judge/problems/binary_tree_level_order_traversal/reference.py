"""Reference solution for binary_tree_level_order_traversal: breadth-first, one level at a
time. O(n) time; O(n) space for the widest level (the answer itself not counted).
TreeNode is predefined, as on LeetCode."""


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        level = [root] if root else []
        while level:
            levels.append([node.val for node in level])
            level = [child for node in level for child in (node.left, node.right) if child]
        return levels
