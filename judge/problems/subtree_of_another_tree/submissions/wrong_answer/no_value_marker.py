# Serializes and searches like the accepted version, but without a marker before each
# value: subRoot [2] reads "2,#,#", which is found inside "12,#,#".
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def serialize(node):
            parts = []

            def dfs(cur):
                if not cur:
                    parts.append("#")
                    return
                parts.append(str(cur.val))
                dfs(cur.left)
                dfs(cur.right)

            dfs(node)
            return ",".join(parts)

        return serialize(subRoot) in serialize(root)
