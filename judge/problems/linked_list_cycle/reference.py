"""Reference solution for linked_list_cycle: Floyd's tortoise and hare.
O(n) time, O(1) space. ListNode is predefined, as on LeetCode."""


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
