# Cheats: keeps the tree in a class attribute and writes only a ticket. The judge runs the
# two halves in separate processes, so the ticket reads back nothing.
class Codec:
    kept = {}

    def serialize(self, root):
        Codec.kept[len(Codec.kept)] = root
        return str(len(Codec.kept) - 1)

    def deserialize(self, data):
        return Codec.kept.get(int(data))
