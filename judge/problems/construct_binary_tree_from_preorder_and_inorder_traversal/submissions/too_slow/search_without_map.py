# Recursion on index ranges (no slicing), but finds each root's inorder position with a
# linear search of its range instead of a hash map: O(n log n) on a balanced tree,
# O(n^2) on a path leaning left (every root sits at the end of its range).
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        self.pre = 0

        def build(lo: int, hi: int) -> Optional[TreeNode]:
            if lo > hi:
                return None
            val = preorder[self.pre]
            self.pre += 1
            node = TreeNode(val)
            mid = inorder.index(val, lo, hi + 1)
            node.left = build(lo, mid - 1)
            node.right = build(mid + 1, hi)
            return node

        return build(0, len(inorder) - 1)
