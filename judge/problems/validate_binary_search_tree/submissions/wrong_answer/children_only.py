# Checks every node against its two children only: a grandchild on the wrong side of an
# ancestor ([5,4,6,null,null,3,7]) slips through.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        if not root:
            return True
        if root.left and root.left.val >= root.val:
            return False
        if root.right and root.right.val <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
