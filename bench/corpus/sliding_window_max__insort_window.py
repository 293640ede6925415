import bisect


class Solution:
    def maxSlidingWindow(self, nums, k):
        window = sorted(nums[:k])
        out = [window[-1]]
        for i in range(k, len(nums)):
            del window[bisect.bisect_left(window, nums[i - k])]
            bisect.insort(window, nums[i])
            out.append(window[-1])
        return out
