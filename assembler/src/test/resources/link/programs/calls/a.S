# Calls across files: call (R_RISCV_CALL_PLT), tail, jal and j (R_RISCV_JAL) to another file's
# functions, and branches to local labels (R_RISCV_BRANCH).
    .text
    .globl _start
_start:
    li a0, 3
    call count_down
    tail finish
loop:
    addi a0, a0, -1
    bnez a0, loop
    beq a0, zero, 1f
    jal ra, helper
1:  j helper
