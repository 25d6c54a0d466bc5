match command:
    case 1:
        pass
    case -1 | 1.5 | 2j | -1+2j | 1-2j:
        pass
    case "str" "cat" | b"bytes":
        pass
    case None | True | False:
        pass
    case x:
        pass
    case _:
        pass
    case a.b.c:
        pass
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case []:
        pass
    case ():
        pass
    case (x):
        pass
    case (x,):
        pass
    case {"key": v, 1: w, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case pkg.Cls():
        pass
    case [1, 2] as pair if pair:
        pass
    case 1, 2:
        pass
    case *a, b:
        pass
    case {a.b: 1}:
        pass
match x, y:
    case _: pass
match *a, b:
    case _: pass
match = 1
match.x = 2
match(x)
case = 3
