# Pre-order with '#', read back by looking for the first unused token from the start of the
# list every time: O(n^2).
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
        used = [False] * len(tokens)

        def build():
            i = used.index(False)
            used[i] = True
            if tokens[i] == "#":
                return None
            node = TreeNode(int(tokens[i]))
            node.left = build()
            node.right = build()
            return node

        return build()
