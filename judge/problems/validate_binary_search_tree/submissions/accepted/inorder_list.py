# Collect the inorder sequence into a list, then check it is strictly increasing.
# O(n) time, O(n) space.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        values = []

        def inorder(node: Optional[TreeNode]) -> None:
            if node:
                inorder(node.left)
                values.append(node.val)
                inorder(node.right)

        inorder(root)
        return all(values[i] < values[i + 1] for i in range(len(values) - 1))
