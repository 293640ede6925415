# Iterative inorder, but compares the counter before counting the current node: returns
# the (k+1)-th smallest (and nothing when k is the last one).
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        stack = []
        count = 0
        cur = root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            if count == k:
                return cur.val
            count += 1
            cur = cur.right
        return -1
