# trap.S: an ecall in M-mode, taken by a handler that powers the machine off; for catch trap.
        .equ TEST, 0x100000
        .equ TEST_PASS, 0x5555

        .section .text
        .globl _start
_start:
        la      t0, handler
        csrw    mtvec, t0
        ecall
1:      j       1b

        .balign 4
        .globl handler
handler:
        li      t0, TEST
        li      t1, TEST_PASS
        sw      t1, 0(t0)
1:      j       1b
