# Iterative, no hash map: walk preorder pushing nodes on a stack; while the stack's top
# equals the next inorder value, pop (that subtree's left side is done), and the next
# preorder value becomes the right child of the last popped node. O(n) time and space.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        stack = [root]
        j = 0
        for val in preorder[1:]:
            node = TreeNode(val)
            parent = None
            while stack and stack[-1].val == inorder[j]:
                parent = stack.pop()
                j += 1
            if parent:
                parent.right = node
            else:
                stack[-1].left = node
            stack.append(node)
        return root
