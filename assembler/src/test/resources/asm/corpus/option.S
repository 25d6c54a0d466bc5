# .option: relax turns on R_RISCV_RELAX and linker-trimmed code alignment for what follows;
# norelax, push and pop; norvc is already the case.
.text
    nop
.option push
.option relax
    call func
    la a0, sym
    lui a1, %hi(sym)
    addi a1, a1, %lo(sym)
    .align 4
    beq a0, a1, func
    .word func - .
.option pop
    call func
.option norvc
.option norelax
    lui a2, %hi(sym)
func:
    ret
