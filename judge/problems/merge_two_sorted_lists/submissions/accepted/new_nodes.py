# Builds a fresh list from the values instead of relinking: same order, new nodes.
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        head = cur = ListNode(-1)
        a, b = list1, list2
        while a is not None or b is not None:
            if b is None or (a is not None and a.val <= b.val):
                cur.next = ListNode(a.val)
                a = a.next
            else:
                cur.next = ListNode(b.val)
                b = b.next
            cur = cur.next
        return head.next
