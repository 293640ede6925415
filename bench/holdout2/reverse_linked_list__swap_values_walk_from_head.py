# Swap the values of the i-th node and the i-th node from the end, finding each node by
# walking from the head every time (no relinking at all).
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        length = self.length(head)
        for i in range(length // 2):
            a = self.node_at(head, i)
            b = self.node_at(head, length - 1 - i)
            a.val, b.val = b.val, a.val
        return head

    def length(self, head: Optional[ListNode]) -> int:
        count = 0
        while head:
            count += 1
            head = head.next
        return count

    def node_at(self, head: ListNode, index: int) -> ListNode:
        node = head
        for _ in range(index):
            node = node.next
        return node
