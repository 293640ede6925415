# Length-prefixed, but decode walks from the start past every string it has already read
# before reading the next one: O(k^2) for k strings.
class Codec:
    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, s: str) -> List[str]:
        out = []
        while True:
            i = 0
            for _ in range(len(out)):
                j = s.index("#", i)
                i = j + 1 + int(s[i:j])
            if i >= len(s):
                return out
            j = s.index("#", i)
            size = int(s[i:j])
            out.append(s[j + 1:j + 1 + size])
