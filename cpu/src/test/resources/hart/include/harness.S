# The harness of the hart's test cases: they run unchanged on Strata's test machine and on
# qemu-system-riscv32 -machine virt -bios none, which referees them. A case defines `main`
# (called in M-mode with a stack), prints what it wants compared through the UART, and
# returns; the harness then powers off through the sifive_test finisher.
#
# Contracts:
#   PRINT reg          prints reg as 8 hex digits and a newline; preserves every register
#   PRINT_CSR csr      prints a CSR the same way; preserves every register but t6
#   SAY "text"         prints text and a newline; preserves every register
#   print_hex          a0 = value; preserves every register (ra is the caller's)
#   ENTER mode         continues at the next instruction in mode 0 (U) or 1 (S); clobbers t6
#   BACK_TO_M          continues at the next instruction in M-mode, from U or S (an ecall the
#                      handlers recognise by a7 = MAGIC); clobbers t6 and a7
#   EXPECT_FETCH_FAULT label  where the handlers resume after an instruction fetch faults
#                      (mepc is then the bad address itself), in M-mode for trap_skip, in
#                      S-mode for strap_skip; clobbers t6
#   trap_skip          an M-mode trap handler: prints "trap", mcause, mtval and mepc, then
#                      returns to the instruction after the one that trapped (mret), or to the
#                      EXPECT_FETCH_FAULT label after a fetch fault (causes 1 and 12)
#   trap_skip_no_tval  the same without mtval, for the traps whose mtval QEMU 7.2 gets wrong
#                      (the target of a misaligned jal or branch: it gives a stale pc)
#   strap_skip         the S-mode handler: prints "strap", scause, stval and sepc, and skips
#                      the same way with sret; a BACK_TO_M ecall is passed on to M-mode
#   The handlers clobber t6 only. mtvec points at trap_skip and stvec at strap_skip when main
#   starts; PMP allows everything to S and U.

        .equ UART, 0x10000000
        .equ FINISHER, 0x100000
        .equ MAGIC, 0x4d4d4d4d

        .macro ENTER mode
        la t6, 9902f
        csrw mepc, t6
        li t6, 3 << 11
        csrc mstatus, t6
        li t6, \mode << 11
        csrs mstatus, t6
        mret
9902:
        .endm

        .macro BACK_TO_M
        EXPECT_FETCH_FAULT 9903f
        li a7, MAGIC
        ecall
9903:
        .endm

        .macro EXPECT_FETCH_FAULT label
        addi sp, sp, -4
        sw t5, 0(sp)
        la t6, \label
        la t5, resume_at
        sw t6, 0(t5)
        lw t5, 0(sp)
        addi sp, sp, 4
        .endm

        .macro PRINT reg
        addi sp, sp, -8
        sw a0, 0(sp)
        sw ra, 4(sp)
        mv a0, \reg
        call print_hex
        lw a0, 0(sp)
        lw ra, 4(sp)
        addi sp, sp, 8
        .endm

        .macro PRINT_CSR csr
        csrr t6, \csr
        PRINT t6
        .endm

        .macro SAY text
        addi sp, sp, -8
        sw a0, 0(sp)
        sw ra, 4(sp)
        la a0, 9901f
        call print_string
        lw a0, 0(sp)
        lw ra, 4(sp)
        addi sp, sp, 8
        .pushsection .rodata
9901:   .asciz "\text"
        .popsection
        .endm

        .text
        .globl _start
_start:
        la sp, stack_top
        li t0, -1
        csrw pmpaddr0, t0
        li t0, 0x1f                 # NAPOT, R, W, X: the whole address space
        csrw pmpcfg0, t0
        la t0, trap_skip
        csrw mtvec, t0
        la t0, strap_skip
        csrw stvec, t0
        call main
        li t0, 0x5555
        li t1, FINISHER
        sw t0, 0(t1)
1:      j 1b

        .align 2
trap_skip:
        li t6, MAGIC
        beq a7, t6, back_to_m
        SAY "trap"
        PRINT_CSR mcause
        PRINT_CSR mtval
        PRINT_CSR mepc
        j skip_m

        .align 2
trap_skip_no_tval:
        SAY "trap"
        PRINT_CSR mcause
        PRINT_CSR mepc
skip_m:
        csrr t6, mcause
        addi t6, t6, -1
        beqz t6, 1f
        addi t6, t6, -11
        beqz t6, 1f
        csrr t6, mepc
        addi t6, t6, 4
        csrw mepc, t6
        mret
1:      la t6, resume_at
        lw t6, 0(t6)
        csrw mepc, t6
        li t6, 3 << 11
        csrs mstatus, t6
        mret

back_to_m:
        li a7, 0
        la t6, resume_at
        lw t6, 0(t6)
        csrw mepc, t6
        li t6, 3 << 11
        csrs mstatus, t6
        mret

        .align 2
strap_skip:
        li t6, MAGIC
        bne a7, t6, 2f
        ecall
2:      SAY "strap"
        PRINT_CSR scause
        PRINT_CSR stval
        PRINT_CSR sepc
        csrr t6, scause
        addi t6, t6, -1
        beqz t6, 1f
        addi t6, t6, -11
        beqz t6, 1f
        csrr t6, sepc
        addi t6, t6, 4
        csrw sepc, t6
        sret
1:      la t6, resume_at
        lw t6, 0(t6)
        csrw sepc, t6
        sret

# print_hex: a0 = value; prints it as 8 hex digits and a newline.
print_hex:
        addi sp, sp, -16
        sw t0, 0(sp)
        sw t1, 4(sp)
        sw t2, 8(sp)
        sw a0, 12(sp)
        li t2, 8
1:      srli t0, a0, 28
        slli a0, a0, 4
        addi t0, t0, '0'
        li t1, '9'
        ble t0, t1, 2f
        addi t0, t0, 'a' - '9' - 1
2:      li t1, UART
        sb t0, 0(t1)
        addi t2, t2, -1
        bnez t2, 1b
        li t0, '\n'
        sb t0, 0(t1)
        lw t0, 0(sp)
        lw t1, 4(sp)
        lw t2, 8(sp)
        lw a0, 12(sp)
        addi sp, sp, 16
        ret

# print_string: a0 = address of a NUL-terminated string; prints it and a newline.
print_string:
        addi sp, sp, -16
        sw t0, 0(sp)
        sw t1, 4(sp)
        sw a0, 8(sp)
        li t1, UART
1:      lbu t0, 0(a0)
        beqz t0, 2f
        sb t0, 0(t1)
        addi a0, a0, 1
        j 1b
2:      li t0, '\n'
        sb t0, 0(t1)
        lw t0, 0(sp)
        lw t1, 4(sp)
        lw a0, 8(sp)
        addi sp, sp, 16
        ret

        .data
resume_at: .word 0

        .bss
        .align 4
        .space 8192
stack_top:
        .text
