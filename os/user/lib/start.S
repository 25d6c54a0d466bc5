# start.S: the entry of every user program. Linux (and the Strata kernel, which lays out the same
# initial stack) starts a program at _start with sp pointing at argc, then the argv pointers and a
# zero, then the envp pointers and a zero, then the auxiliary vector:
#
#     sp -> argc | argv[0] ... argv[argc-1] | 0 | envp[0] ... | 0 | auxv ...
#
# _start finds argv and envp there, keeps envp in `environ` and argv[0] in `progname` (the name
# error messages begin with, as coreutils' do), calls main(argc, argv, envp) and exits with
# main's result. sp is 16-byte aligned at entry, as the psABI wants it at a call.

    .include "runtime.inc"

    .bss
    .balign 4
    .globl environ
    .type environ, @object
environ:
    .zero 4
    .size environ, 4

    .data
    .balign 4
    .globl progname
    .type progname, @object
progname:                       # "?" for a program started with no argv[0]
    .word unnamed
    .size progname, 4

    .section .rodata
unnamed:
    .asciz "?"

    .text
    .globl _start
    .type _start, @function
_start:
    lw a0, 0(sp)                # argc
    addi a1, sp, 4              # argv
    slli t0, a0, 2
    add a2, a1, t0
    addi a2, a2, 4              # envp: past argv's terminating zero
    la t0, environ
    sw a2, 0(t0)
    beqz a0, 1f
    lw t1, 0(a1)
    la t0, progname
    sw t1, 0(t0)
1:
    call main
    call exit
    .size _start, . - _start
