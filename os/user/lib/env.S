# env.S: the environment, as a program sees it through `environ` (set by _start): a list of
# "NAME=VALUE" strings ending in a null pointer.

    .text

# getenv_n(a0 name, a1 length) -> a0: the value of the variable whose name is the `length` bytes
# at name (which need not end in a zero byte), or 0 if it is not set. Leaf; clobbers t0-t4.
    .globl getenv_n
    .type getenv_n, @function
getenv_n:
    la t0, environ
    lw t0, 0(t0)
    beqz t0, 4f
1:  lw t1, 0(t0)                # the next "NAME=VALUE"
    beqz t1, 4f
    addi t0, t0, 4
    li t2, 0                    # bytes of the name matched
2:  beq t2, a1, 3f
    add t3, a0, t2
    lbu t3, 0(t3)
    add t4, t1, t2
    lbu t4, 0(t4)
    bne t3, t4, 1b
    addi t2, t2, 1
    j 2b
3:  add t4, t1, t2              # the whole name matched: it must be followed by "="
    lbu t3, 0(t4)
    li t2, '='
    bne t3, t2, 1b
    addi a0, t4, 1
    ret
4:  li a0, 0
    ret
    .size getenv_n, . - getenv_n

# getenv(a0 name) -> a0: the value of the variable `name`, or 0 if it is not set.
# Clobbers a1, t0-t4. Never sleeps.
    .globl getenv
    .type getenv, @function
getenv:
    mv t0, a0
1:  lbu t1, 0(t0)
    beqz t1, 2f
    addi t0, t0, 1
    j 1b
2:  sub a1, t0, a0
    j getenv_n
    .size getenv, . - getenv
