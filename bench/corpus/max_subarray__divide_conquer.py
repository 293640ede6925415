class Solution:
    def maxSubArray(self, nums):
        def best(lo, hi):  # inclusive bounds
            if lo == hi:
                return nums[lo]
            mid = (lo + hi) // 2
            left_run = s = nums[mid]
            for i in range(mid - 1, lo - 1, -1):
                s += nums[i]
                left_run = max(left_run, s)
            right_run = s = nums[mid + 1]
            for i in range(mid + 2, hi + 1):
                s += nums[i]
                right_run = max(right_run, s)
            return max(best(lo, mid), best(mid + 1, hi), left_run + right_run)

        return best(0, len(nums) - 1)
