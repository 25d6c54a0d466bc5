if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, (b, c) in d: pass
for x, in y: pass
for *a, b in c: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c): pass
with (a, b): pass
with (a, b) as c: pass
with (yield): pass
try:
    pass
except ValueError:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* TypeError as e:
    pass
except* (A, B):
    pass
if x: a; b;
