# The ordering instructions run as no-ops, whatever their reserved fields hold: fence with any
# predecessor and successor sets, fence.tso, fence.i, and non-canonical encodings of fence and
# fence.i (rd, rs1, fm or the immediate not zero), which must not trap. sfence.vma and wfi are
# legal in M-mode even with TVM and TW set.
        .include "harness.S"

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        li a0, 1
        fence
        fence rw, rw
        fence i, o
        fence iorw, iorw
        fence.tso
        fence.i
        .word 0x0ff5050f            # fence with rd = rs1 = a0
        .word 0x9ff0000f            # fence with fm = 9
        .word 0x7ff5150f            # fence.i with rd, rs1 and an immediate
        PRINT a0
        li t0, 0x00300000           # TVM and TW
        csrs mstatus, t0
        sfence.vma
        sfence.vma a0, a0
        li t0, 0x80                 # MTIP is pending and enabled in mie: wfi does not wait
        csrw mie, t0
        wfi
        csrw mie, zero
        li t0, 0x00300000
        csrc mstatus, t0
        SAY "done"
        lw ra, 12(sp)
        addi sp, sp, 16
        ret
