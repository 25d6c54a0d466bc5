# memory: find the RAM and the timebase the way a kernel does, by walking the flattened device
# tree the boot ROM passes in a1 (Devicetree Specification, chapter 5): the reg property of the
# top-level memory@ node (two address and two size cells) and /cpus/timebase-frequency.
# ram: 64
        .include "virt.inc"
        .equ FDT_BEGIN_NODE, 1
        .equ FDT_END_NODE, 2
        .equ FDT_PROP, 3
        .equ FDT_NOP, 4
        .equ FDT_END, 9

        .text
        .globl _start
_start:
        mv      s1, a1                  # s1: the blob
        addi    a0, s1, 8
        call    be32
        add     s2, s1, a0              # s2: the token being read
        addi    a0, s1, 12
        call    be32
        add     s5, s1, a0              # s5: the strings block
        li      s3, 0                   # s3: depth (the root node is depth 1)
        li      s4, 0                   # s4: name of the depth-2 node we are in
walk:
        mv      a0, s2
        call    be32
        addi    s2, s2, 4
        li      t0, FDT_BEGIN_NODE
        beq     a0, t0, begin_node
        li      t0, FDT_END_NODE
        beq     a0, t0, end_node
        li      t0, FDT_PROP
        beq     a0, t0, property
        li      t0, FDT_NOP
        beq     a0, t0, walk
        j       show                    # FDT_END (or anything unexpected)

begin_node:
        addi    s3, s3, 1
        li      t0, 2
        bne     s3, t0, 1f
        mv      s4, s2
1:      lbu     t0, 0(s2)               # skip the name, its NUL and the padding
        addi    s2, s2, 1
        bnez    t0, 1b
        addi    s2, s2, 3
        andi    s2, s2, -4
        j       walk

end_node:
        addi    s3, s3, -1
        j       walk

property:
        mv      a0, s2
        call    be32
        mv      s6, a0                  # s6: value length
        addi    a0, s2, 4
        call    be32
        add     s7, s5, a0              # s7: property name
        addi    s8, s2, 8               # s8: value
        add     s2, s8, s6              # next token: past the value and its padding
        addi    s2, s2, 3
        andi    s2, s2, -4
        li      t0, 2
        bne     s3, t0, walk
        mv      a0, s4
        la      a1, memory_node
        call    prefix
        beqz    a0, 1f
        mv      a0, s7
        la      a1, reg_name
        call    same
        beqz    a0, walk
        addi    a0, s8, 4               # low words of the two-cell base and size
        call    be32
        la      t0, ram_base
        sw      a0, 0(t0)
        addi    a0, s8, 12
        call    be32
        la      t0, ram_size
        sw      a0, 0(t0)
        j       walk
1:      mv      a0, s4
        la      a1, cpus_node
        call    same
        beqz    a0, walk
        mv      a0, s7
        la      a1, timebase_name
        call    same
        beqz    a0, walk
        mv      a0, s8
        call    be32
        la      t0, timebase
        sw      a0, 0(t0)
        j       walk

show:
        la      a0, ram_text
        call    puts
        lw      a0, ram_base
        call    puthex
        la      a0, size_text
        call    puts
        lw      a0, ram_size
        call    puthex
        la      a0, timebase_text
        call    puts
        lw      a0, timebase
        call    puthex
        li      a0, '\n'
        call    putc
        li      a0, 0
        call    exit

# be32: a0 = the big-endian word at a0. Clobbers t0-t2.
be32:
        mv      t1, a0
        li      a0, 0
        li      t0, 4
1:      slli    a0, a0, 8
        lbu     t2, 0(t1)
        or      a0, a0, t2
        addi    t1, t1, 1
        addi    t0, t0, -1
        bnez    t0, 1b
        ret

# same: a0 = 1 if the strings at a0 and a1 are equal, else 0. Clobbers t0, t1.
same:
1:      lbu     t0, 0(a0)
        lbu     t1, 0(a1)
        bne     t0, t1, 2f
        addi    a0, a0, 1
        addi    a1, a1, 1
        bnez    t0, 1b
        li      a0, 1
        ret
2:      li      a0, 0
        ret

# prefix: a0 = 1 if the string at a0 starts with the string at a1, else 0. Clobbers t0, t1.
prefix:
1:      lbu     t1, 0(a1)
        beqz    t1, 2f
        lbu     t0, 0(a0)
        bne     t0, t1, 3f
        addi    a0, a0, 1
        addi    a1, a1, 1
        j       1b
2:      li      a0, 1
        ret
3:      li      a0, 0
        ret

        .include "lib.S"

        .section .rodata
memory_node:    .asciz "memory@"
cpus_node:      .asciz "cpus"
reg_name:       .asciz "reg"
timebase_name:  .asciz "timebase-frequency"
ram_text:       .asciz "RAM at "
size_text:      .asciz ", size "
timebase_text:  .asciz ", timebase "

        .data
ram_base:       .word 0
ram_size:       .word 0
timebase:       .word 0
