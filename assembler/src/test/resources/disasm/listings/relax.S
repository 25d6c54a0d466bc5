# Code assembled with relaxation on: R_RISCV_RELAX and R_RISCV_ALIGN relocations.
# as: -march=rv32imafd_zicsr_zifencei -mabi=ilp32
        .text
        .globl  start
start:
        call    far
        la      a0, data
        .align  4
        lw      a1, data
far:
        ret
        .data
data:   .word   1
