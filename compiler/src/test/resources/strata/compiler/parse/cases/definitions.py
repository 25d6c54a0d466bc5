def f(): pass
def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a
def h(a, b, /, c, *, d): pass
def i(a=1, /, b=2, *, c): pass
def j(*, a): pass
def k(*args: *Ts): pass
def l(a: int = 1, *b: str, **c: float) -> None: ...
@decorator
@decorator.attr(1)
@(lambda f: f)
def decorated(): pass
async def co():
    await x
    async for a in b: pass
    async with c as d: pass
    [x async for x in y]
    return await z
class A: pass
class B(A, metaclass=M, **kw):
    x = 1
    def method(self): return self
@dec
class C(): pass
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    return
def scope():
    global a, b
    nonlocal c
