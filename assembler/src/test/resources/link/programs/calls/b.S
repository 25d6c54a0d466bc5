    .text
    .globl count_down, finish, helper
count_down:
    addi sp, sp, -16
    sw ra, 12(sp)
1:  addi a0, a0, -1
    bgtz a0, 1b
    call helper
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
helper:
    ret
finish:
    j _start
