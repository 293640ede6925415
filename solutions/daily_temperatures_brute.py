"""Daily Temperatures by scanning forward from every day.
O(n^2) time in the worst case (falling temperatures), O(1) extra space."""


def daily_temperatures(temperatures: list[int]) -> list[int]:
    n = len(temperatures)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temperatures[j] > temperatures[i]:
                answer[i] = j - i
                break
    return answer
