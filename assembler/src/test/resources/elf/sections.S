# Sections of every kind and symbols of every binding, type and visibility GNU as writes.
    .file "sections.S"
    .text
    .globl _start
    .type _start, @function
_start:
    la a0, message
    call helper
    j .
    .size _start, . - _start

    .type helper, @function
helper:
    lui a1, %hi(counter)
    lw a2, %lo(counter)(a1)
    ret
    .size helper, . - helper

    .section .text.startup, "ax", @progbits
    .weak weak_entry
weak_entry:
    ret

    .section .rodata
    .type message, @object
message:
    .asciz "hello"
    .size message, 6

    .section .rodata.str1.1, "aMS", @progbits, 1
merged:
    .asciz "merged"

    .data
    .align 3
    .globl counter
    .type counter, @object
    .hidden counter
counter:
    .word 42
    .size counter, 4
table:
    .word message, helper, undefined_elsewhere

    .section .sdata, "aw"
    .protected small
    .globl small
small:
    .half 7

    .bss
    .align 4
buffer:
    .zero 64
    .size buffer, 64

    .section .tbss, "awT", @nobits
    .type tls_var, @tls_object
tls_var:
    .zero 4

    .comm shared_block, 100, 16
    .lcomm local_block, 8
    .globl answer
    .set answer, 42
    .weak weak_undefined
    .data
    .word weak_undefined
    .ident "strata test"
