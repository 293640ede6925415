# Detaches the last node again and again, walking from the head to find it: O(n^2) time.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        tail = dummy
        while head:
            if head.next is None:
                tail.next, head = head, None
                break
            before, last = head, head.next
            while last.next:
                before, last = last, last.next
            before.next = None
            tail.next = last
            tail = last
        return dummy.next
