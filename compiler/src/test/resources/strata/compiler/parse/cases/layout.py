# a comment


if x:  # trailing comment
	y = 1
	if z:
		w = 2

def f(a,
      b):
    return (a +
            b)
x = [
    1,
    2,
]
y = 1 + \
    2
if True:
    pass
  # comment at another indentation

z = 3
