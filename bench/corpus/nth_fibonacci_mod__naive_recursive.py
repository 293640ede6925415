def nth_fibonacci_mod(n):
    def fib(k):
        if k < 2:
            return k
        return fib(k - 1) + fib(k - 2)

    return fib(n) % 1_000_000_007
