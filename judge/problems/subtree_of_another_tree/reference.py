"""Reference solution for subtree_of_another_tree: preorder serialization with null
markers, then Knuth-Morris-Pratt over the tokens.

Preorder with a marker for every missing child is self-delimiting, so subRoot's sequence
occurs in root's exactly where a subtree of root equals subRoot. Tokens are the values
themselves (None for a missing child), so no value can run into another as in strings.
O(s + t) time and space. TreeNode is predefined, as on LeetCode."""


class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def preorder(node: Optional[TreeNode]) -> list:
            out, stack = [], [node]
            while stack:
                node = stack.pop()
                if node is None:
                    out.append(None)
                else:
                    out.append(node.val)
                    stack.append(node.right)
                    stack.append(node.left)
            return out

        text, pattern = preorder(root), preorder(subRoot)
        fail = [0] * len(pattern)  # fail[i]: longest proper border of pattern[:i + 1]
        k = 0
        for i in range(1, len(pattern)):
            while k and pattern[i] != pattern[k]:
                k = fail[k - 1]
            if pattern[i] == pattern[k]:
                k += 1
            fail[i] = k
        k = 0
        for token in text:
            while k and token != pattern[k]:
                k = fail[k - 1]
            if token == pattern[k]:
                k += 1
                if k == len(pattern):
                    return True
        return False
