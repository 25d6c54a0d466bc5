# A conditional branch to a label 8 KiB away, in another file (made with .reloc, since GNU as
# turns a branch to an undefined symbol into a branch around a jump).
    .text
    .globl _start
_start:
    .reloc ., R_RISCV_BRANCH, far_away
    beq a0, a1, .
    ret
