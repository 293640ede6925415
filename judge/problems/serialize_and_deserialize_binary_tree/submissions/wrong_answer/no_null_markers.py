# Pre-order values only: without markers for missing children the shape is lost, so
# [1,2] and [1,null,2] write the same string.
class Codec:
    def serialize(self, root):
        out = []

        def walk(node):
            if node:
                out.append(str(node.val))
                walk(node.left)
                walk(node.right)

        walk(root)
        return ",".join(out)

    def deserialize(self, data):
        if not data:
            return None
        values = [int(v) for v in data.split(",")]
        root = TreeNode(values[0])
        node = root
        for v in values[1:]:
            node.left = TreeNode(v)
            node = node.left
        return root
