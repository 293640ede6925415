def coin_change(coins: list[int], amount: int) -> int:
    # Breadth-first search over the amounts paid so far: level d holds the amounts first
    # reached with d coins, so the first level that reaches `amount` is the answer.
    if amount == 0:
        return 0
    seen = bytearray(amount + 1)
    seen[0] = 1
    frontier = [0]
    coins_used = 0
    while frontier:
        coins_used += 1
        next_frontier = []
        for paid in frontier:
            for coin in coins:
                total = paid + coin
                if total == amount:
                    return coins_used
                if total < amount and not seen[total]:
                    seen[total] = 1
                    next_frontier.append(total)
        frontier = next_frontier
    return -1
