# Compares the preorder sequences of values, but forgets the missing children:
# [1,2] and [1,null,2] both read 1, 2 and come out "the same".
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def preorder(node, out):
            if node:
                out.append(node.val)
                preorder(node.left, out)
                preorder(node.right, out)
            return out

        return preorder(p, []) == preorder(q, [])
