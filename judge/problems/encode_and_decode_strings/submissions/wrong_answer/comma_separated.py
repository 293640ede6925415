# A separator character: breaks on strings that contain it, and [] and [""] encode alike.
class Codec:
    def encode(self, strs):
        return ",".join(strs)

    def decode(self, s):
        return s.split(",")
