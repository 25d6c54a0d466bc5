# comment
if a:
    b = (1,
         2)
    if c:
        d = 3  # comment

    e = [
  4]
f = 1 + \
    2
if t:
	u = 1
	if v:
		w = 2
def g():
    pass
