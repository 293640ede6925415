# 198. House Robber
# Bottom-up DP: walk the street once, remembering the best haul up to the previous
# house and up to the one before it.
# Time: O(n)   Space: O(1)
class Solution:
    def rob(self, nums: List[int]) -> int:
        two_back, one_back = 0, 0
        for money in nums:
            two_back, one_back = one_back, self.best(one_back, two_back + money)
        return one_back

    def best(self, skip_house: int, rob_house: int) -> int:
        return rob_house if rob_house > skip_house else skip_house
