# Finds the height, then for every depth d walks the tree again from the root to collect
# the nodes at depth d: O(n * h) time, O(n^2) on a path-shaped tree.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        def height(node):
            if not node:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def collect(node, depth, out):
            if not node:
                return
            if depth == 0:
                out.append(node.val)
                return
            collect(node.left, depth - 1, out)
            collect(node.right, depth - 1, out)

        res = []
        for d in range(height(root)):
            level = []
            collect(root, d, level)
            res.append(level)
        return res
