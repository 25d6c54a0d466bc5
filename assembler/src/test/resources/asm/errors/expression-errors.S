# gnu: rejects
# only ours: 12, 13
# Expressions no relocation can express, and malformed ones.
.data
a:
    .word 0
b:
    .word a + b
    .word -a
    .word a * 2
    .word (1 + 2
    .word 1 +
    .word 0x
