def f():
    break
return 1
