# The other half of program.elf: defines what sections.S leaves undefined.
    .text
    .globl undefined_elsewhere
undefined_elsewhere:
    .word 0
    .globl far_func
far_func:
    ret
