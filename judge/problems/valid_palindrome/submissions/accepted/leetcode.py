# 125. Valid Palindrome
# Two pointers from both ends; each skips characters that are not letters or digits,
# then the two characters must match ignoring case.
# Time O(n), extra space O(1).

class Solution:
    def isPalindrome(self, s: str) -> bool:
        left, right = 0, len(s) - 1
        while left < right:
            left = self.skipForward(s, left, right)
            right = self.skipBackward(s, left, right)
            if s[left].lower() != s[right].lower():
                return False
            left += 1
            right -= 1
        return True

    def skipForward(self, s: str, i: int, stop: int) -> int:
        while i < stop and not s[i].isalnum():
            i += 1
        return i

    def skipBackward(self, s: str, stop: int, j: int) -> int:
        while j > stop and not s[j].isalnum():
            j -= 1
        return j
