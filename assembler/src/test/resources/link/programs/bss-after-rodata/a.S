# .bss with no .data before it: it must be a writable segment of its own, not part of the
# read-only one after .rodata (it once was, and the first store to it faulted).
        .section .rodata
message:
        .asciz "x"
        .bss
value:
        .zero 4
        .text
        .globl _start
_start:
        la      t0, value
        sw      t0, 0(t0)
        li      a7, 93
        ecall
