"""Reference solution for validate_binary_search_tree: an iterative inorder walk, which
must meet the values in strictly increasing order. O(n) time; O(h) space for the stack
(O(n) on a path-shaped tree)."""


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack, node, previous = [], root, None
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val <= previous:
                return False
            previous = node.val
            node = node.right
        return True
