# A set of the nodes seen so far: O(n) time, but O(n) extra space where O(1) is possible.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        while head:
            if head in seen:
                return True
            seen.add(head)
            head = head.next
        return False
