"""Structural pattern matching: literals, captures, sequences, mappings, classes, or-patterns, guards, wildcards."""
def match(command):
    match command:
        case 0 | 1 | -1:
            return "small"
        case None:
            return "none"
        case [x, y, *rest]:
            return x, y, rest
        case [1, *_, 2]:
            return "ends"
        case {"action": action, **others}:
            return action, others
        case Point(x=0, y=y) | Point(y=y, x=1):
            return y
        case str() as text if text:
            return text
        case _:
            return "other"
