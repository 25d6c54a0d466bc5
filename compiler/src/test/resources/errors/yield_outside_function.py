def f():
    pass
yield 1
