# Length-prefixed, but decode cuts the consumed chunk off the front each time: every
# slice copies the rest of the string, O(n^2) for many short strings.
class Codec:
    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, s: str) -> List[str]:
        out = []
        while s:
            j = s.index("#")
            size = int(s[:j])
            out.append(s[j + 1:j + 1 + size])
            s = s[j + 1 + size:]
        return out
