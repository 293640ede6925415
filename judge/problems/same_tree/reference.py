"""Reference solution for same_tree: walk both trees together with one explicit stack of
node pairs. O(n) time; O(h) space for the stack (n on a path-shaped tree).
TreeNode is predefined, as on LeetCode."""


class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        stack = [(p, q)]
        while stack:
            a, b = stack.pop()
            if a is None or b is None:
                if a is not b:
                    return False
                continue
            if a.val != b.val:
                return False
            stack.append((a.right, b.right))
            stack.append((a.left, b.left))
        return True
