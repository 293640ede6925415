"""Reference solution for reorder_list: find the middle with slow/fast pointers, reverse
the second half in place, then interleave the two halves. O(n) time, O(1) space.
ListNode is predefined, as on LeetCode."""


class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        slow, fast = head, head.next
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        second, slow.next = slow.next, None
        previous = None
        while second is not None:
            second.next, previous, second = previous, second, second.next
        first, second = head, previous
        while second is not None:
            after_first, after_second = first.next, second.next
            first.next = second
            second.next = after_first
            first, second = after_first, after_second
