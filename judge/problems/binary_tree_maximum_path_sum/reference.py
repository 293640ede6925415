"""Reference solution for binary_tree_maximum_path_sum: post-order, iteratively.

gain(node) = node.val + max(0, gain(left), gain(right)) is the best path going down from
node; the best path turning at node is node.val + max(0, gain(left)) + max(0, gain(right)).
O(n) time; O(n) space for the node order and the gains. TreeNode is predefined."""


class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        order, stack = [], [root]
        while stack:  # parents before children: read backwards, children come first
            node = stack.pop()
            order.append(node)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        gain = {None: 0}
        best = root.val
        for node in reversed(order):
            left = max(gain[node.left], 0)
            right = max(gain[node.right], 0)
            best = max(best, node.val + left + right)
            gain[node] = node.val + max(left, right)
        return best
