"""Reference solution for alien_order."""


def alien_order(words: list[str]) -> str:
    """Each pair of neighbouring words gives at most one rule (their first differing
    letters); a word followed by a proper prefix of itself makes the list impossible.
    Kahn's algorithm then orders the letters, or finds a cycle. O(C) time for C letters
    in all. The graph is a fixed 26 x 26 table, so the extra space is O(1) and does not
    depend on the input at all."""
    present = [False] * 26
    for word in words:
        for ch in word:
            present[ord(ch) - 97] = True
    rule = bytearray(26 * 26)  # rule[26 * a + b] = 1: letter a comes before letter b
    indegree = [0] * 26
    for i in range(1, len(words)):
        first, second = words[i - 1], words[i]
        for a, b in zip(first, second):
            if a != b:
                key = 26 * (ord(a) - 97) + ord(b) - 97
                if not rule[key]:
                    rule[key] = 1
                    indegree[ord(b) - 97] += 1
                break
        else:
            if len(first) > len(second):
                return ""
    queue = [c for c in range(26) if present[c] and indegree[c] == 0]
    order: list[str] = []
    head = 0
    while head < len(queue):
        c = queue[head]
        head += 1
        order.append(chr(97 + c))
        for d in range(26):
            if rule[26 * c + d]:
                indegree[d] -= 1
                if indegree[d] == 0:
                    queue.append(d)
    if len(order) < sum(present):
        return ""
    return "".join(order)
