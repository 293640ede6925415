# Pasted from LeetCode: serialize both trees in preorder, "#" for a missing child and "^"
# before every value (so "2" cannot match the end of "12"), then look for one string in
# the other. Python's `in` switches to the two-way algorithm on long patterns: O(s + t).
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def serialize(node: Optional[TreeNode]) -> str:
            parts = []

            def dfs(cur):
                if not cur:
                    parts.append("#")
                    return
                parts.append("^" + str(cur.val))
                dfs(cur.left)
                dfs(cur.right)

            dfs(node)
            return ",".join(parts)

        return serialize(subRoot) in serialize(root)
