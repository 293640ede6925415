# Keeps the visited nodes in a list: every `in` scans it, O(n^2) time.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        visited = []
        node = head
        while node:
            if node in visited:
                return True
            visited.append(node)
            node = node.next
        return False
