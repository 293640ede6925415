"""Reference solution for reverse_linked_list: relink every node to its predecessor.
O(n) time, O(1) space. ListNode is predefined, as on LeetCode."""


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        previous = None
        while head is not None:
            head.next, previous, head = previous, head, head.next
        return previous
