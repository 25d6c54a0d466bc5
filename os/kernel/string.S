# string.S: memory and string routines for the kernel, and the errno messages. Leaf routines:
# no stack, no sleeping.

    .include "errno.inc"

    .section .text
# memcpy: a0 = destination, a1 = source, a2 = bytes (the areas do not overlap).
# Returns a0 unchanged. Words when both are word-aligned, else bytes. Clobbers a1, a2, t0..t2.
    .globl memcpy
memcpy:
    mv t2, a0
    or t0, a0, a1
    andi t0, t0, 3
    bnez t0, 2f
1:  li t0, 4
    bltu a2, t0, 2f
    lw t1, 0(a1)
    sw t1, 0(t2)
    addi a1, a1, 4
    addi t2, t2, 4
    addi a2, a2, -4
    j 1b
2:  beqz a2, 3f
    lbu t1, 0(a1)
    sb t1, 0(t2)
    addi a1, a1, 1
    addi t2, t2, 1
    addi a2, a2, -1
    j 2b
3:  ret

# strlen: a0 = a NUL-terminated string. Returns a0 = its length. Clobbers t0, t1.
    .globl strlen
strlen:
    mv t0, a0
1:  lbu t1, 0(t0)
    beqz t1, 2f
    addi t0, t0, 1
    j 1b
2:  sub a0, t0, a0
    ret

# strerror: a0 = a positive errno value. Returns a0 = its message (Linux's text, from errno.inc),
# or "Unknown error" for a value the table does not have. Clobbers t0, t1.
    .globl strerror
strerror:
    la t0, errno_messages
1:  lw t1, 0(t0)
    beqz t1, 2f
    beq t1, a0, 3f
    addi t0, t0, 8
    j 1b
2:  la a0, unknown_error
    ret
3:  lw a0, 4(t0)
    ret

    .section .rodata
    .balign 4
errno_messages:
    ERRNO_MESSAGES
unknown_error:
    .asciz "Unknown error"
