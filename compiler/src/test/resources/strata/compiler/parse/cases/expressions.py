a + b - c * d / e // f % g @ h ** -i ** j
~a | b ^ c & d << e >> f
not a and b or c and not d
a < b <= c > d >= e == f != g in h not in i is j is not k
x if y else z if w else v
lambda: 0
lambda a, b=1, *c, d, e=2, **f: a
lambda a, /, b: b
(yield)
await_ = 1
f(a, *b, c=1, **d)
f(x for x in y)
f(*a, *b, **c, **d)
f(a)(b)[c].d
x[1:2, ::3, ...]
x[a:b:c]
x[:]
x[*a]
x[*a, b]
(a := 10)
[y := 1, y ** 2]
+a, -b
1 if a else 2,
