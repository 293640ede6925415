# Level by level without a queue: for each depth d, walk down from the root to reach the
# nodes at depth d and swap their children. O(n * h) time, O(n^2) on a path-shaped tree.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        def height(node: Optional[TreeNode]) -> int:
            if not node:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def swap_at(node: Optional[TreeNode], depth: int) -> None:
            if not node:
                return
            if depth == 0:
                node.left, node.right = node.right, node.left
                return
            swap_at(node.left, depth - 1)
            swap_at(node.right, depth - 1)

        for d in range(height(root)):
            swap_at(root, d)
        return root
