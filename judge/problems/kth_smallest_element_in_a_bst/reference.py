"""Reference solution for kth_smallest_element_in_a_bst: an iterative inorder walk that
stops at the k-th node. O(h + k) time (O(n) at worst); O(h) space for the stack (O(n) on
a path-shaped tree)."""


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        stack, node = [], root
        while True:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
