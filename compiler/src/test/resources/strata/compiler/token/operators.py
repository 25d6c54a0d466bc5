a + b - c * d / e // f % g @ h ** i
a << b >> c & d | e ^ ~f
a < b > c <= d >= e == f != g
a = b; a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a @= 1; a **= 1
a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1
f(a, b)[c] {d: e} -> x := y ... . ,
