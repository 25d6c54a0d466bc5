# A linked program: code in two sections, read-only and writable data, and gp-relative
# accesses through __global_pointer$.
# ld: -Ttext=0x80000000
# strip
        .text
        .globl  _start
_start:
        .option push
        .option norelax
        la      gp, __global_pointer$
        .option pop
        lw      a0, %lo(value)(gp)
        lw      a1, -2000(gp)
        sw      a1, 2000(gp)
        la      a2, greeting
        call    square
        lui     a3, %hi(value)
        lw      a3, %lo(value)(a3)
        csrr    t0, mhartid
1:      wfi
        j       1b

        .section .text.square, "ax", @progbits
        .globl  square
        .type   square, @function
square:
        mul     a0, a0, a0
        ret
        .size   square, . - square

        .section .rodata
greeting:
        .asciz  "hello"

        .data
value:
        .word   42
        .space  4000
last:
        .word   7
