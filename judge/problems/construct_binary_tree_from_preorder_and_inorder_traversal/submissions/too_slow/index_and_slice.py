# The textbook recursion: find the root with inorder.index and slice both arrays for the
# subtrees. O(n log n) on a balanced tree, O(n^2) time on a path (and O(n^2) memory:
# every level keeps its O(n) slices alive down the recursion).
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1:mid + 1], inorder[:mid])
        root.right = self.buildTree(preorder[mid + 1:], inorder[mid + 1:])
        return root
