"""Scopes: globals, nonlocals, closures, classes, comprehensions, lambdas, walrus, super."""
import os.path
from collections import OrderedDict as OD
counter = 0


def bump(step=1, *args, key=None, **kwargs):
    global counter
    counter += step
    return counter


def outer(a, b):
    c = a + b

    def middle():
        nonlocal c
        d = c

        def inner():
            return c + d + e
        e = 1
        return inner
    return middle


class Base:
    attribute: int = 3
    __private = 1

    def method(self):
        return super().method() + self.__private

    def uses_class(self):
        return __class__

    class Inner:
        def deep(self):
            return Base


def comprehensions(items):
    squares = [x * x for x in items if x]
    pairs = {k: v for k, v in zip(items, items)}
    unique = {y for y in items for z in range(y)}
    lazy = (w for w in items)
    if any((found := x) > 3 for x in items):
        return found
    return squares, pairs, unique, lazy, lambda q, r=2: q + r + counter


def generator():
    x = yield 1
    yield from range(x)


async def coroutine(session):
    async with session as s:
        async for item in s:
            await item
    return [await t async for t in session]


def handlers():
    try:
        pass
    except ValueError as error:
        print(error)
    del counter_copy


def annotated(x: int, *, y: "str" = "") -> list:
    z: float
    w: int = 3
    return x


def matching(command):
    match command:
        case [action, *rest]:
            return action, rest
        case {"k": value, **others}:
            return value, others
        case Point(x=0, y=py) as point:
            return py, point
        case _:
            return None
