# For every node, counts how many nodes follow it until it finds the one just before
# the target: the rest of the list is recounted at each step, O(n^2) time.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        def remaining(node):
            count = 0
            while node:
                count += 1
                node = node.next
            return count

        dummy = ListNode(0, head)
        prev = dummy
        while remaining(prev.next) != n:
            prev = prev.next
        prev.next = prev.next.next
        return dummy.next
