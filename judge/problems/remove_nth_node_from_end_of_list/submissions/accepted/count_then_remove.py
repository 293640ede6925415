# Two passes: count the nodes, then walk to the one before the target.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length = 0
        node = head
        while node:
            length += 1
            node = node.next
        if n == length:
            return head.next
        prev = head
        for _ in range(length - n - 1):
            prev = prev.next
        prev.next = prev.next.next
        return head
