# The one-liner: build the sorted values by concatenating lists, then index. Each level
# copies its whole subtree's list, so a path-shaped tree costs O(n^2).
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        def inorder(node: Optional[TreeNode]) -> List[int]:
            return inorder(node.left) + [node.val] + inorder(node.right) if node else []

        return inorder(root)[k - 1]
