    .section .sbss, "aw", @nobits
    .globl small
small:
    .zero 4
    .section .sdata, "aw"
    .word 5
    .comm shared, 40, 16
    .data
    .word shared
