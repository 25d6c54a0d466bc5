# sext.b, sext.h and zext.h expand to a pair of shifts without the B extension; zext.b is andi.
.text
    sext.b a0, a1
    sext.h a0, a1
    zext.h a0, a1
    zext.b a0, a1
    sext.b x31, x31
