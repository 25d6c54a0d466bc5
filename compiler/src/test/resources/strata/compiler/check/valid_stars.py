def k(*args: *Ts): pass
class C(*Ts): pass
