def f(a, *b, **c):
    for x in b:
        if x: break
        continue
    while True:
        try:
            pass
        finally:
            break
    return [y for y in b]
async def g():
    await f()
    return [await z async for z in w]
class C:
    def m(self): yield
*a, b = [1, 2]
print(*a, *b)
