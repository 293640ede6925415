def daily_temperatures(temperatures):
    # Scan from the right, remembering the next day of each temperature value (30..100).
    n = len(temperatures)
    answer = [0] * n
    next_day = [None] * 101
    for i in range(n - 1, -1, -1):
        t = temperatures[i]
        best = None
        for warmer in range(t + 1, 101):
            d = next_day[warmer]
            if d is not None and (best is None or d < best):
                best = d
        if best is not None:
            answer[i] = best - i
        next_day[t] = i
    return answer
