"""Control flow: if/elif/else, while with break/continue/else, for with else, nested loops, assert, pass."""
def control(items, limit):
    total = 0
    if limit > 10:
        total = 1
    elif limit < 0:
        total = -1
    else:
        pass
    while total < limit:
        total += 1
        if total == 3:
            continue
        if total > 100:
            break
    else:
        total = 0
    for item in items:
        for other in range(item):
            if other:
                break
        else:
            continue
        total += item
    while True:
        break
    assert total >= 0, "negative"
    assert limit
    return total


def early(x):
    for i in x:
        if i:
            return i
    return None
