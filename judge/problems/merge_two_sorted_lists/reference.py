"""Reference solution for merge_two_sorted_lists: splice the smaller head behind a tail
pointer, then attach whatever remains. O(n) time, O(1) space (the input nodes are reused).
ListNode is predefined, as on LeetCode."""


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while list1 is not None and list2 is not None:
            if list2.val < list1.val:
                list1, list2 = list2, list1
            tail.next = list1
            tail = list1
            list1 = list1.next
        tail.next = list1 if list1 is not None else list2
        return dummy.next
