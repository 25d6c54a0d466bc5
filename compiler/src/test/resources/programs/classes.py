"""Classes: bases and keywords, class attributes, methods, super(), __class__, private names, nested classes, decorators."""
class Base:
    kind = "base"

    def __init__(self, value):
        self.__value = value

    @property
    def value(self):
        return self.__value


class Derived(Base, metaclass=type):
    """A derived class."""
    count: int = 0

    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

    def which(self):
        return __class__

    class Nested:
        pass


def factory(label):
    class Local:
        name = label

        def get(self):
            return label
    return Local
