# Inserts the nodes of list2 into list1 one at a time, searching each one's place from
# the head of the merged list: O(n * m) time.
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, list1)
        while list2:
            node = list2
            list2 = list2.next
            prev = dummy
            while prev.next and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return dummy.next
