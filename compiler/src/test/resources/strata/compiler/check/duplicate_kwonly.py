def f(a, *args, args): pass
