"""For each day, search forward with a generator expression: O(n^2) time on falling
temperatures."""


def daily_temperatures(temperatures: list[int]) -> list[int]:
    n = len(temperatures)
    return [
        next((j - i for j in range(i + 1, n) if temperatures[j] > t), 0)
        for i, t in enumerate(temperatures)
    ]
