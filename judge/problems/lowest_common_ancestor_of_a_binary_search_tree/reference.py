"""Reference solution for lowest_common_ancestor_of_a_binary_search_tree: walk down from
the root while p and q are on the same side of the current node; the first node that
splits them (or is one of them) is the answer. O(h) time (O(n) on a path-shaped tree),
O(1) space."""


class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        low, high = min(p.val, q.val), max(p.val, q.val)
        node = root
        while node:
            if high < node.val:
                node = node.left
            elif low > node.val:
                node = node.right
            else:
                return node
        return None
