"""Reference solution for merge_k_sorted_lists: a min-heap holding the current head of
every list; pop the smallest, append it, push its successor. O(n log k) time, O(k) space.
ListNode is predefined, as on LeetCode."""

import heapq


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap = [(node.val, index, node) for index, node in enumerate(lists) if node is not None]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, index, node = heap[0]
            tail.next = node
            tail = node
            if node.next is not None:
                heapq.heapreplace(heap, (node.next.val, index, node.next))
            else:
                heapq.heappop(heap)
        tail.next = None
        return dummy.next
