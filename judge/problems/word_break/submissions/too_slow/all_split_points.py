"""The common DP that, for every end i, tries every earlier split point j (not only those a
word's length away): dp[i] = any(dp[j] and s[j:i] in words). Correct, but O(n^2) pieces,
each sliced and hashed in O(i - j): O(n^3) character work in the worst case."""


def word_break(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)
    dp = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(i):
            if dp[j] and s[j:i] in words:
                dp[i] = True
                break
    return dp[len(s)]
