"""Input generators for find_median_from_data_stream: n operations (LeetCode's operations
and arguments), about half addNum and half findMedian, so the structure grows with n.
Numbers are in [-10^5, 10^5] (LeetCode's range; repeats are frequent at large n).

A sorted list kept with insort moves every larger number on each insertion: its worst
case is a stream that keeps getting smaller (descending), where each new number goes to
the front. (That shift is one memmove, a few instructions per 32 bytes: below CPython's
own cost per operation at every size the judge can count, so insort measures like
O(log n) per operation and is not filed as too slow.) Sorting on each findMedian costs
O(n log n) on any stream that is not already in order, so every family queries often.
"""

import random

LIMIT = 10**5


def _stream(n: int, values) -> dict:
    """addNum for each value, each followed by a findMedian, up to n operations."""
    operations, arguments = ["MedianFinder"], [[]]
    for value in values:
        if len(operations) >= n:
            break
        operations.append("addNum")
        arguments.append([value])
        if len(operations) < n:
            operations.append("findMedian")
            arguments.append([])
    return {"operations": operations, "arguments": arguments}


def generate(n: int, rng: random.Random) -> dict:
    """Random numbers over the whole range, a median after each one."""
    return _stream(n, (rng.randint(-LIMIT, LIMIT) for _ in range(n)))


def generate_descending(n: int, rng: random.Random) -> dict:
    """A non-increasing stream (from 10^5 down to -10^5, with small random steps): each
    number is a new minimum, the worst case of a sorted list kept with insort."""
    count = max(1, n // 2)
    values, value = [], LIMIT
    for _ in range(count):
        values.append(value)
        value = max(-LIMIT, value - rng.randrange(0, 3 * LIMIT // count + 1))
    return _stream(n, values)


def validate(input: dict) -> str | None:
    operations, arguments = input.get("operations"), input.get("arguments")
    if not isinstance(operations, list) or not isinstance(arguments, list) or len(operations) != len(arguments):
        return "operations and arguments must be lists of the same length"
    if not operations or operations[0] != "MedianFinder" or arguments[0] != []:
        return "the first operation must be MedianFinder with no arguments"
    count = 0
    for name, args in zip(operations[1:], arguments[1:]):
        if name == "addNum":
            if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], int) \
                    or not -LIMIT <= args[0] <= LIMIT:
                return f"addNum{args}: the number must be an integer in [-10^5, 10^5]"
            count += 1
        elif name == "findMedian":
            if args != []:
                return f"findMedian takes no arguments, got {args}"
            if count == 0:
                return "findMedian is called before any number was added"
        else:
            return f"{name}{args} is not addNum(num) or findMedian()"
    return None
