# A branch to an address that is 2 mod 4, in code without compressed instructions: it would
# trap (instruction address misaligned). GNU ld accepts it; Strata refuses.
    .text
    .globl _start
_start:
    beq a0, a1, _start + 6
    ret
