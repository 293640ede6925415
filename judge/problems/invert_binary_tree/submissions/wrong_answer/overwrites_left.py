# Assigns the children one after the other: root.left is already the inverted right
# subtree when the second line reads it, so both sides end up the same subtree.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if not root:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
