"""Functions: defaults, keyword-only and positional-only parameters, *args/**kwargs, decorators, closures, lambdas, generators."""
import functools


@functools.cache
@staticmethod
def full(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    """A docstring."""
    return a, b, c, args, d, e, kwargs


def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


def generator(n):
    yield n
    received = yield
    yield from range(received)
    return n


square = lambda v, *, scale=1: v * v * scale
