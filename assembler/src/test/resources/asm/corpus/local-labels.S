# Numeric local labels: each 1: is a new instance; 1b is the last one, 1f the next. GNU names
# them .L1^B1, .L1^B2, ... and keeps those a relocation refers to.
.text
1:  nop
    j 1b
    j 1f
1:  nop
    beqz a0, 1b
    bnez a0, 2f
2:  j 2b
10: nop
    j 10b
    la a0, 1b
    .word 1b, 2b
