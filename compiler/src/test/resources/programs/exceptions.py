"""Exceptions: try/except/else/finally, named handlers, bare except, raise forms, return and break through finally."""
def handle(f):
    try:
        f()
    except (ValueError, TypeError) as error:
        print(error)
    except KeyError:
        raise
    except:
        raise RuntimeError("wrapped") from None
    else:
        print("no error")
    finally:
        print("always")


def through_finally(items):
    for item in items:
        try:
            if item:
                break
            return item
        finally:
            print("cleanup")
    raise ValueError


def groups(f):
    try:
        f()
    except* ValueError as group:
        print(group)
    except* TypeError:
        pass
