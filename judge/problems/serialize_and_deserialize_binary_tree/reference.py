class Codec:
    """Level order with '#' for a missing child: iterative on both sides, so a path of
    10^5 nodes needs no recursion."""

    def serialize(self, root: Optional[TreeNode]) -> str:
        out, queue, head = [], [root], 0
        while head < len(queue):
            node = queue[head]
            head += 1
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        queue, head, at = [root], 0, 1
        while head < len(queue):
            node = queue[head]
            head += 1
            for side in ("left", "right"):
                if tokens[at] != "#":
                    child = TreeNode(int(tokens[at]))
                    setattr(node, side, child)
                    queue.append(child)
                at += 1
        return root
