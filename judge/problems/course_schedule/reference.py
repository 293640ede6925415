"""Reference solution for course_schedule: Kahn's algorithm.

Take every course with no unmet prerequisite, release the courses that wait on it, repeat;
all courses get taken exactly when there is no cycle. O(V + E) time, O(V + E) space."""

from collections import deque


def can_finish(numCourses: int, prerequisites: list[list[int]]) -> bool:
    unlocks: list[list[int]] = [[] for _ in range(numCourses)]
    waiting = [0] * numCourses
    for course, before in prerequisites:
        unlocks[before].append(course)
        waiting[course] += 1
    ready = deque(c for c in range(numCourses) if waiting[c] == 0)
    taken = 0
    while ready:
        c = ready.popleft()
        taken += 1
        for nxt in unlocks[c]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return taken == numCourses
