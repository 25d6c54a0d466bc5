    .globl shared, far
    .set far, 0x10000000
    .text
shared:
    call nowhere_else
