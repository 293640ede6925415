from decimal import Decimal, localcontext


def integer_sqrt(x):
    # A correctly rounded 40-digit square root cannot round up across an integer when
    # x <= 10**18: sqrt(r*r + 2r) sits at least 1 / (2r + 2) below r + 1.
    with localcontext() as ctx:
        ctx.prec = 40
        return int(Decimal(x).sqrt())
