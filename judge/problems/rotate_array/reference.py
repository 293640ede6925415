"""Reference solution for rotate_array."""


def rotate_array(nums: list[int], k: int) -> None:
    """Three reversals: reverse everything, then the first k and the remaining n - k.
    Each element is swapped at most twice: O(n) time, O(1) extra space."""
    n = len(nums)
    k %= n
    if k == 0:
        return

    def reverse(lo: int, hi: int) -> None:
        while lo < hi:
            nums[lo], nums[hi] = nums[hi], nums[lo]
            lo += 1
            hi -= 1

    reverse(0, n - 1)
    reverse(0, k - 1)
    reverse(k, n - 1)
