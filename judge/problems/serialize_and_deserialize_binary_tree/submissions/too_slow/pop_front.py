# Pre-order with '#', read back by popping the front of a list: list.pop(0) moves every
# remaining token, so deserialize is O(n^2) (a hidden quadratic).
class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return " ".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = data.split()

        def build():
            token = tokens.pop(0)
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
