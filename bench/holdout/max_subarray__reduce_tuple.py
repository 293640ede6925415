from functools import reduce


def _step(state, x):
    best, run = state
    run = run + x if run > 0 else x
    return (best if best >= run else run, run)


def max_subarray(nums):
    # Kadane as a fold: the state is (best so far, best sum ending here).
    return reduce(_step, nums, (nums[0], 0))[0]
