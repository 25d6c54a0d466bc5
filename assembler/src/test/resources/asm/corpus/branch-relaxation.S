# Conditional branches GNU lengthens to an inverse branch over a jal: targets out of reach,
# in another section, undefined, weak, or a number. jal stays 4 bytes.
.text
start:
    beq a0, a1, near
    bne a0, a1, far
    blt a0, a1, other
    bge a0, a1, external
    bltu a0, a1, weak
    bgeu a0, a1, 0x100
    beqz a0, far
    j far
    jal external
    j 0x200
near:
    .space 4096
far:
    bnez a0, start
    beq a0, a1, start
.weak weak
weak:
    nop
.section .text.other, "ax"
other:
    nop
