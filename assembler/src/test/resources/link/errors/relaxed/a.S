# Assembled with linker relaxation on: R_RISCV_ALIGN asks the linker to delete padding, which
# Strata's linker does not do.
    .option relax
    .text
    .globl _start
_start:
    call _start
    .align 4
    ret
