# Weak and hidden symbols, an undefined weak reference, an equated alias of a label, an absolute
# constant and a small-data section.
        .text
        .weak   maybe
        .globl  start
        .hidden helper2
        .globl  helper2
        .type   helper2, @function
start:  call    maybe
        call    helper2
        la      a0, maybe
        .set    alias_of_start, start
        .globl  alias_of_start
        .equ    constant, 0x1234
helper2: ret
        .section .sdata, "aw"
        .globl  small
small:  .word   1
