_END = "$"


def _build_trie(words):
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = True
    return root


def _word_ends(trie, s, start, longest):
    """Yield every index just past a dictionary word that starts at s[start]."""
    node = trie
    for j in range(start, min(len(s), start + longest)):
        node = node.get(s[j])
        if node is None:
            return
        if _END in node:
            yield j + 1


def word_break(s: str, word_dict: list[str]) -> bool:
    trie = _build_trie(word_dict)
    longest = max(map(len, word_dict))
    reachable = bytearray(len(s) + 1)
    reachable[0] = 1
    for i in range(len(s)):
        if reachable[i]:
            for end in _word_ends(trie, s, i, longest):
                reachable[end] = 1
    return bool(reachable[len(s)])
