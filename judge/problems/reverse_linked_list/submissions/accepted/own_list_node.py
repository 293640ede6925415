# Pasted with LeetCode's commented-out definition uncommented: its own ListNode still works.
from typing import Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()  # head-insertion behind a dummy node of its own class
        while head:
            head.next, dummy.next, head = dummy.next, head, head.next
        return dummy.next
