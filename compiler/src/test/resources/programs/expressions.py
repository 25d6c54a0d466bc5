"""Expressions: operators, folding, comparisons, boolean logic, displays, subscripts, calls."""
a, b, c = 1, 2, 3
x = a + b * c - (a // b) % c ** 2
y = -a, +b, ~c, not a
z = a < b <= c != x
w = a and b or not c
v = a if b else c
folded = (2 ** 10, -1j, 1 + 2j, "ab" * 3, (1, 2) + (3,), "abc"[1], 1 << 4, 7 // 2, 7 % -3, 2.5 * 4, not 0)
big = 2 ** 200
items = [a, b, *x, c]
mapping = {"k": a, **z, "j": b}
keys = {"a": 1, "b": 2}
unique = {a, b, 3}
constants = [1, 2, 3]
frozen = {1, 2, 3}
both = x in [1, 2, 3] and y not in {4, 5}
nothing = x is None or y is not None
s = items[1:2], items[::2], items[a:b:c], items[a]
f(a, b, key=c)
f(*items, **mapping)
obj.method(a, key=b)
obj.attr.method()
del items[0], obj.attr
obj.attr += 1
items[a] *= 2
walrus = (n := len(items))
first, *rest = items
(p, q), r = (1, 2), 3
