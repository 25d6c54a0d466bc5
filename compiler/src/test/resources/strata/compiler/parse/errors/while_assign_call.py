while f() = 2:
    pass
