# spin.S: runs until stopped from outside, counting in memory, so the UI can be seen live: a
# run to pause, a counter that moves, the speed in MIPS.
        .section .text
        .globl _start
_start:
        la      a0, count
1:      lw      t0, 0(a0)
        addi    t0, t0, 1
        sw      t0, 0(a0)
        j       1b

        .section .data
        .globl count
count:  .word   0
