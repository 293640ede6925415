"""Fill the answer from the right; to find the next warmer day, hop along the answers
already computed instead of stepping one day at a time. Each hop skips days that can
never be the answer, so the total work is O(n) amortized; O(1) extra space besides the
output."""


def daily_temperatures(temperatures: list[int]) -> list[int]:
    n = len(temperatures)
    answer = [0] * n
    hottest = 0
    for i in range(n - 1, -1, -1):
        t = temperatures[i]
        if t >= hottest:
            hottest = t
            continue
        j = i + 1
        while temperatures[j] <= t:
            j += answer[j]
        answer[i] = j - i
    return answer
