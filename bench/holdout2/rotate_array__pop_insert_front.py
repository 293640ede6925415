def rotate_array(nums: list[int], k: int) -> None:
    # Move the last element to the front, k % n times.
    for _ in range(k % len(nums)):
        nums.insert(0, nums.pop())
