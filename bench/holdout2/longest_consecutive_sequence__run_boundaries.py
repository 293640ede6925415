def longest_consecutive(nums: list[int]) -> int:
    # run[x] is the length of the run containing x; it is kept exact at both ends of
    # every run, which is all a new value needs to glue the runs on its left and right.
    run: dict[int, int] = {}
    best = 0
    for x in nums:
        if x in run:
            continue
        left = run.get(x - 1, 0)
        right = run.get(x + 1, 0)
        length = left + right + 1
        run[x] = length
        run[x - left] = length
        run[x + right] = length
        if length > best:
            best = length
    return best
