# Recursive divide and conquer: the next preorder value is the root, a hash map gives its
# inorder position in O(1). O(n) time, O(n) space (map + recursion depth).
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        index = {val: i for i, val in enumerate(inorder)}
        self.pre = 0

        def build(left: int, right: int) -> Optional[TreeNode]:
            if left > right:
                return None
            val = preorder[self.pre]
            self.pre += 1
            node = TreeNode(val)
            mid = index[val]
            node.left = build(left, mid - 1)
            node.right = build(mid + 1, right)
            return node

        return build(0, len(inorder) - 1)
