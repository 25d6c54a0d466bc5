# string.S: byte strings ending in a zero byte, and memory blocks. The C library's contracts:
# every routine here is a leaf, touches only the a- and t-registers and never sleeps.
# Comparisons are of unsigned bytes, which is the order `LC_ALL=C` sorts in.

    .text

# strlen(a0 s) -> a0: the number of bytes before the zero.
    .globl strlen
    .type strlen, @function
strlen:
    mv t0, a0
1:  lbu t1, 0(t0)
    beqz t1, 2f
    addi t0, t0, 1
    j 1b
2:  sub a0, t0, a0
    ret
    .size strlen, . - strlen

# strcmp(a0 s, a1 t) -> a0: <0, 0 or >0 as s sorts before, with or after t.
    .globl strcmp
    .type strcmp, @function
strcmp:
1:  lbu t0, 0(a0)
    lbu t1, 0(a1)
    bne t0, t1, 2f
    beqz t0, 2f
    addi a0, a0, 1
    addi a1, a1, 1
    j 1b
2:  sub a0, t0, t1
    ret
    .size strcmp, . - strcmp

# strncmp(a0 s, a1 t, a2 n) -> a0: strcmp of at most the first n bytes.
    .globl strncmp
    .type strncmp, @function
strncmp:
1:  beqz a2, 3f
    lbu t0, 0(a0)
    lbu t1, 0(a1)
    bne t0, t1, 2f
    beqz t0, 2f
    addi a0, a0, 1
    addi a1, a1, 1
    addi a2, a2, -1
    j 1b
2:  sub a0, t0, t1
    ret
3:  li a0, 0
    ret
    .size strncmp, . - strncmp

# strchr(a0 s, a1 c) -> a0: the first byte c in s (c may be 0: the end), or 0 if there is none.
    .globl strchr
    .type strchr, @function
strchr:
    andi a1, a1, 0xff
1:  lbu t0, 0(a0)
    beq t0, a1, 2f
    beqz t0, 3f
    addi a0, a0, 1
    j 1b
2:  ret
3:  li a0, 0
    ret
    .size strchr, . - strchr

# stpcpy(a0 dst, a1 src) -> a0: copies src with its zero into dst; returns dst's zero byte, where
# the next string can be appended.
    .globl stpcpy
    .type stpcpy, @function
stpcpy:
1:  lbu t0, 0(a1)
    sb t0, 0(a0)
    beqz t0, 2f
    addi a0, a0, 1
    addi a1, a1, 1
    j 1b
2:  ret
    .size stpcpy, . - stpcpy

# memcpy(a0 dst, a1 src, a2 n) -> a0 dst: copies n bytes; the blocks must not overlap.
    .globl memcpy
    .type memcpy, @function
memcpy:
    mv t2, a0
1:  beqz a2, 2f
    lbu t0, 0(a1)
    sb t0, 0(t2)
    addi t2, t2, 1
    addi a1, a1, 1
    addi a2, a2, -1
    j 1b
2:  ret
    .size memcpy, . - memcpy

# memset(a0 dst, a1 c, a2 n) -> a0 dst: n bytes of c.
    .globl memset
    .type memset, @function
memset:
    mv t2, a0
1:  beqz a2, 2f
    sb a1, 0(t2)
    addi t2, t2, 1
    addi a2, a2, -1
    j 1b
2:  ret
    .size memset, . - memset
