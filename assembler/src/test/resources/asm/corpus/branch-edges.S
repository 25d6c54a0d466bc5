# Branch reach at its limits: -4096 and 4094 bytes are short, one more instruction is not.
.text
back:
    .space 4092
    beq a0, a1, back
    beq a0, a1, back
    beq a0, a1, forward
    beq a0, a1, forward2
    .space 4084
forward:
    nop
forward2:
    nop
