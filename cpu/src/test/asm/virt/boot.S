# How the board starts a program (QEMU's virt machine with -bios none, and Strata's): at the
# RAM base, in M-mode, with a0 = the hart id and a1 = the address of a flattened device tree
# in RAM that describes the board as a kernel needs it: the memory (128 MiB at 0x80000000),
# the timebase (10 MHz), the hart (RV32IMA, Sv32), the devices at their addresses with their
# interrupts, and the console in /chosen.
.include "virt.inc"

.equ FDT_MAGIC, 0xd00dfeed
.equ FDT_BEGIN_NODE, 1
.equ FDT_END_NODE, 2
.equ FDT_PROP, 3
.equ FDT_NOP, 4
.equ FDT_END, 9
# header fields (big-endian words)
.equ FDT_TOTALSIZE, 4
.equ FDT_OFF_STRUCT, 8
.equ FDT_OFF_STRINGS, 12
.equ FDT_VERSION, 20

# PROPERTY node, name: a0 = the address of the value of property name of the node named node
# (its name with the unit address, as "serial@10000000"), a1 = its length; fails the case if
# there is no such property. Changes a0-a7, t0-t4, s2, ra.
.macro PROPERTY node:req, name:req
    la a0, .Lnode\@
    la a1, .Lname\@
    call fdt_property
    beqz a0, fail
    .pushsection .rodata
.Lnode\@:
    .asciz "\node"
.Lname\@:
    .asciz "\name"
    .popsection
.endm

# CHECK_CELL offset, value: the big-endian word at a0 + offset is value (a0 is kept).
# Changes t0-t2, t6, s1, ra.
.macro CHECK_CELL offset:req, value:req
    mv s1, a0
    addi a0, a0, \offset
    call load_be32
    CHECK a0, \value
    mv a0, s1
.endm

# CHECK_STRING text: the zero-terminated string at a0 is text. Changes a0-a3, ra.
.macro CHECK_STRING text:req
    la a1, .Ltext\@
    call string_compare
    bnez a0, fail
    .pushsection .rodata
.Ltext\@:
    .asciz "\text"
    .popsection
.endm

    CASE "entered at the RAM base in M-mode with a0 = the hart id"
    CHECK_WORD harness + HARNESS_BOOT_A0, 0
    la a0, _start
    CHECK a0, RAM_BASE
    CHECK_CSR mhartid, 0

    CASE "a1 points at a device tree in RAM"
    la a0, harness + HARNESS_BOOT_A1
    lw a0, 0(a0)
    li a1, RAM_BASE
    bltu a0, a1, fail
    li a1, RAM_BASE + 0x08000000
    bgeu a0, a1, fail
    call load_be32
    CHECK a0, FDT_MAGIC

    CASE "the device tree is version 17, and fits in RAM"
    la s0, harness + HARNESS_BOOT_A1
    lw s0, 0(s0)
    addi a0, s0, FDT_VERSION
    call load_be32
    CHECK a0, 17
    addi a0, s0, FDT_TOTALSIZE
    call load_be32
    add a0, a0, s0
    li a1, RAM_BASE + 0x08000000
    bgtu a0, a1, fail

    CASE "memory: 128 MiB at 0x80000000"
    PROPERTY "memory@80000000", "reg"
    CHECK a1, 16
    CHECK_CELL 0, 0
    CHECK_CELL 4, RAM_BASE
    CHECK_CELL 8, 0
    CHECK_CELL 12, 0x08000000

    CASE "cpus: timebase-frequency 10 MHz"
    PROPERTY "cpus", "timebase-frequency"
    CHECK a1, 4
    CHECK_CELL 0, 10000000

    CASE "cpu@0: Sv32, an RV32IMA hart"
    PROPERTY "cpu@0", "mmu-type"
    CHECK_STRING "riscv,sv32"
    PROPERTY "cpu@0", "riscv,isa"
    la a1, rv32ima
    li a2, 7
    call prefix_compare
    bnez a0, fail

    CASE "the UART: at 0x10000000, interrupt 10, the console"
    PROPERTY "serial@10000000", "reg"
    CHECK_CELL 4, UART_BASE
    PROPERTY "serial@10000000", "interrupts"
    CHECK_CELL 0, UART_IRQ
    PROPERTY "serial@10000000", "compatible"
    CHECK_STRING "ns16550a"
    PROPERTY "chosen", "stdout-path"
    CHECK_STRING "/soc/serial@10000000"

    CASE "the CLINT, the PLIC, the test device and the RTC at their addresses"
    PROPERTY "clint@2000000", "reg"
    CHECK_CELL 4, CLINT_MSIP
    PROPERTY "plic@c000000", "reg"
    CHECK_CELL 4, PLIC_BASE
    PROPERTY "test@100000", "reg"
    CHECK_CELL 4, TEST_DEVICE
    PROPERTY "rtc@101000", "reg"
    CHECK_CELL 4, RTC_BASE

    TEST_END

# load_be32: a0 = the big-endian word at address a0 (any alignment). Changes t0-t2.
load_be32:
    li t1, 0
    li t0, 4
1:
    lbu t2, 0(a0)
    slli t1, t1, 8
    or t1, t1, t2
    addi a0, a0, 1
    addi t0, t0, -1
    bnez t0, 1b
    mv a0, t1
    ret

# string_compare: a0 = 0 if the zero-terminated strings at a0 and a1 are equal, else not 0.
# Changes a0-a3.
string_compare:
1:
    lbu a2, 0(a0)
    lbu a3, 0(a1)
    bne a2, a3, 2f
    beqz a2, 3f
    addi a0, a0, 1
    addi a1, a1, 1
    j 1b
2:
    li a0, 1
    ret
3:
    li a0, 0
    ret

# prefix_compare: a0 = 0 if the a2 bytes at a0 and a1 are equal, else not 0. Changes a0-a4.
prefix_compare:
    beqz a2, 2f
    lbu a3, 0(a0)
    lbu a4, 0(a1)
    bne a3, a4, 1f
    addi a0, a0, 1
    addi a1, a1, 1
    addi a2, a2, -1
    j prefix_compare
1:
    li a0, 1
    ret
2:
    li a0, 0
    ret

# fdt_property: a0 = node name, a1 = property name; walks the structure block of the device
# tree at boot a1 and returns a0 = the address of the value of the property of the first node
# so named (a property of the node itself, not of its children), a1 = its length; a0 = 0 if
# there is none. Changes a0-a7, t0-t4, s2.
fdt_property:
    mv s2, ra
    mv a6, a0
    mv a7, a1
    la a5, harness + HARNESS_BOOT_A1
    lw a5, 0(a5)
    addi a0, a5, FDT_OFF_STRINGS
    call load_be32
    add t4, a5, a0
    addi a0, a5, FDT_OFF_STRUCT
    call load_be32
    add a5, a5, a0
    # a5 walks the structure block; t3 = depth below the node found (-1 while not found)
    li t3, -1
next_token:
    mv a0, a5
    call load_be32
    addi a5, a5, 4
    li t0, FDT_BEGIN_NODE
    beq a0, t0, begin_node
    li t0, FDT_END_NODE
    beq a0, t0, end_node
    li t0, FDT_PROP
    beq a0, t0, property
    li t0, FDT_NOP
    beq a0, t0, next_token
    j not_found
begin_node:
    bgez t3, 1f
    mv a0, a5
    mv a1, a6
    call string_compare
    bnez a0, 2f
    li t3, -1
1:
    addi t3, t3, 1
2:
    call skip_name
    j next_token
end_node:
    beqz t3, not_found
    bltz t3, next_token
    addi t3, t3, -1
    j next_token
property:
    mv a0, a5
    call load_be32
    mv a4, a0
    addi a0, a5, 4
    call load_be32
    addi a5, a5, 8
    bnez t3, 1f
    add a0, t4, a0
    mv a1, a7
    call string_compare
    bnez a0, 1f
    mv a0, a5
    mv a1, a4
    mv ra, s2
    ret
1:
    add a5, a5, a4
    addi a5, a5, 3
    andi a5, a5, -4
    j next_token
not_found:
    li a0, 0
    li a1, 0
    mv ra, s2
    ret

# skip_name: a5 past the zero-terminated name at a5 and its padding to a word. Changes t0.
skip_name:
    lbu t0, 0(a5)
    addi a5, a5, 1
    bnez t0, skip_name
    addi a5, a5, 3
    andi a5, a5, -4
    ret

.section .rodata
rv32ima:
    .ascii "rv32ima"
