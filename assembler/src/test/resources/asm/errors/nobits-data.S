# gnu: rejects
# Sections without contents take only zeros.
.bss
    .word 0
    .word 1
    .byte 0
    .ascii "x"
    .zero 4
    .fill 2, 1, 3
