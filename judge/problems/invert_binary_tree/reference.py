"""Reference solution for invert_binary_tree: swap the children of every node, visiting
the nodes with an explicit stack. O(n) time; O(n) space for the stack in the worst case.
TreeNode is predefined, as on LeetCode."""


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        stack = [root]
        while stack:
            node = stack.pop()
            if node is not None:
                node.left, node.right = node.right, node.left
                stack.append(node.left)
                stack.append(node.right)
        return root
