"""Keep the current maximum and rescan the whole window only when the maximum's index
leaves it. Fast on random input, O(n * k) when values keep decreasing."""


def sliding_window_max(nums: list[int], k: int) -> list[int]:
    def argmax(lo: int, hi: int) -> int:
        best = lo
        for i in range(lo + 1, hi):
            if nums[i] >= nums[best]:
                best = i
        return best

    top = argmax(0, k)
    out = [nums[top]]
    for right in range(k, len(nums)):
        left = right - k + 1
        if nums[right] >= nums[top]:
            top = right
        elif top < left:
            top = argmax(left, right + 1)
        out.append(nums[top])
    return out
