    .text
    .globl twice, weakly
twice:
    nop
weakly:
    nop
helper:
    nop
