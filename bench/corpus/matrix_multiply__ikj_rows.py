class Solution:
    def matrixMultiply(self, a, b):
        n = len(a)
        c = []
        for i in range(n):
            row = [0] * n
            for k in range(n):
                aik = a[i][k]
                bk = b[k]
                for j in range(n):
                    row[j] += aik * bk[j]
            c.append(row)
        return c
