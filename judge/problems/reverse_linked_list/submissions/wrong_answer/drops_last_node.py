# Stops one node early: the last node is lost.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, curr = None, head
        while curr and curr.next:
            nxt = curr.next
            curr.next = prev
            prev = curr
            curr = nxt
        return prev
