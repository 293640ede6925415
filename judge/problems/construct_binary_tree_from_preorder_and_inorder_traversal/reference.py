"""Reference solution for construct_binary_tree_from_preorder_and_inorder_traversal.

Preorder gives the roots one after the other; a hash map from value to inorder position
splits each root's inorder range into its left and right subtrees in O(1). Built with an
explicit stack of pending ranges (left popped first, as preorder visits it first), so a
path-shaped tree needs no deep recursion. O(n) time; O(n) space for the map and the stack.
"""


class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        where = {value: i for i, value in enumerate(inorder)}
        values = iter(preorder)
        holder = TreeNode()  # holder.left receives the root
        # (parent, is_left, lo, hi): the subtree spanning inorder[lo..hi] hangs there.
        stack = [(holder, True, 0, len(inorder) - 1)]
        while stack:
            parent, is_left, lo, hi = stack.pop()
            if lo > hi:
                continue
            node = TreeNode(next(values))
            if is_left:
                parent.left = node
            else:
                parent.right = node
            mid = where[node.val]
            stack.append((node, False, mid + 1, hi))
            stack.append((node, True, lo, mid - 1))
        return holder.left
