import math


def integer_sqrt(x):
    return math.isqrt(x)
