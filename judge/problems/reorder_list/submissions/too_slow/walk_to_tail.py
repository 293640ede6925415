# Repeatedly detaches the current tail (found by walking from the current node) and
# splices it after the current node: O(n^2) time.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        cur = head
        while cur and cur.next and cur.next.next:
            prev = cur
            while prev.next.next:
                prev = prev.next
            tail = prev.next
            prev.next = None
            tail.next = cur.next
            cur.next = tail
            cur = tail.next
