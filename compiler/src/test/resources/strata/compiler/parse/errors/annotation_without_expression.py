class A(B):
    def f(self):
        pass
classB(A):
    pass
