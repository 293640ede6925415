"""Reference solution for remove_nth_node_from_end_of_list: a lead pointer n + 1 nodes
ahead of a trailing one (both from a dummy before the head); when the lead falls off the
end, the trailing pointer sits just before the node to remove. O(n) time, O(1) space.
ListNode is predefined, as on LeetCode."""


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        lead = trail = dummy
        for _ in range(n + 1):
            lead = lead.next
        while lead is not None:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return dummy.next
