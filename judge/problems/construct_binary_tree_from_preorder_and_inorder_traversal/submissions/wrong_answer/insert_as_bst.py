# Treats the tree as a binary search tree: inserts the preorder values one by one and
# never looks at inorder. Right only when inorder happens to be sorted.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = None
        for val in preorder:
            node = TreeNode(val)
            if root is None:
                root = node
                continue
            cur = root
            while True:
                if val < cur.val:
                    if cur.left is None:
                        cur.left = node
                        break
                    cur = cur.left
                else:
                    if cur.right is None:
                        cur.right = node
                        break
                    cur = cur.right
        return root
