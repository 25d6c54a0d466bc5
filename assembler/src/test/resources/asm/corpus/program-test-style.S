# A program in the style of the RISC-V ISA tests: a trap vector, test-case macros, an HTIF
# tohost of size 8, sections pushed and popped, CSR setup and a data area.
#define-free: the macros are GNU as macros, not C preprocessor ones.
.macro TEST_CASE num, reg, expected, code:vararg
test_\num:
    li gp, \num
    \code
    li t2, \expected
    bne \reg, t2, fail
.endm

.macro TEST_RR_OP num, op, result, a, b
    TEST_CASE \num, a4, \result, li a1, \a; li a2, \b; \op a4, a1, a2
.endm

.equ MSTATUS_MPP, 0x1800
.equ TRAP_FRAME, 32 * 4

.section .text.init, "ax", @progbits
.align 6
.weak stvec_handler
.globl _start
_start:
    j reset_vector
    .align 2
trap_vector:
    csrr t5, mcause
    li t6, 11
    beq t5, t6, write_tohost
    la t5, stvec_handler
    beqz t5, 1f
    jr t5
1:  j fail
reset_vector:
    la t0, trap_vector
    csrw mtvec, t0
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    csrwi mie, 0
    la sp, stack_top
    addi sp, sp, -TRAP_FRAME
    TEST_RR_OP 2, add, 0x00000003, 1, 2
    TEST_RR_OP 3, sub, 0xfffffffe, 1, 3
    TEST_RR_OP 4, xor, 0x0f0f0f0f, 0xff00ff00, 0xf00ff00f
    TEST_RR_OP 5, sltu, 1, 0, 0xffffffff
    TEST_CASE 6, a0, 42, li a0, 40; addi a0, a0, 2
    j pass
fail:
    fence
    slli gp, gp, 1
    ori gp, gp, 1
    j write_tohost
pass:
    fence
    li gp, 1
write_tohost:
    sw gp, tohost, t5
    j write_tohost

.pushsection .tohost, "aw", @progbits
.align 6
.global tohost
tohost: .dword 0
.size tohost, 8
.align 6
.global fromhost
fromhost: .dword 0
.size fromhost, 8
.popsection

.data
.align 4
data_table:
    .word 0x00ff00ff, 0xff00ff00
    .half 0x1234
    .align 2
    .word data_table, _start

.bss
.align 4
stack:
    .skip 4096
stack_top:
