x = 1
a = b = c = 2
a, b = b, a
[a, *b] = (c, d) = e
x: int
y: "list[int]" = []
(z): int = 3
obj.attr: str = "s"
d[k]: float
x += 1; x -= 2; x *= 3; x @= m; x /= 4; x //= 5; x %= 6; x **= 7
x >>= 1; x <<= 2; x &= 3; x |= 4; x ^= 5
obj.a.b[1:2] = v
del a, b[0], c.d, (e, f), [g]
