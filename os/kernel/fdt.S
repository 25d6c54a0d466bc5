# fdt.S: reads the flattened device tree the machine hands over at boot.
#
# The blob (Devicetree Specification v0.4, chapter 5) is a header, a structure block of
# tokens and a strings block of property names, all numbers big-endian. fdt_scan walks the
# structure block once, keeping the depth, and takes:
#   - the root's #address-cells and #size-cells, to read reg properties with;
#   - the first region of the first node named "memory" or "memory@..." under the root:
#     ram_base and ram_size, the size cut down so that RAM ends at RAM_LIMIT at most (the
#     kernel's device window is above it; Linux on 32 bits likewise uses only its "lowmem");
#   - /chosen's linux,initrd-start and linux,initrd-end, as QEMU's -initrd sets them (one cell
#     on QEMU 7.2, two on later versions: the low word is taken): initrd_start, initrd_end;
# Addresses above 4 GiB do not exist on RV32: of a two-cell address only the low cell is used.
# Runs before paging, in M-mode, and reads nothing but the blob.

    .include "machine.inc"

    .equ FDT_MAGIC,         0xd00dfeed
    .equ FDT_OFF_STRUCT,    8               # header fields
    .equ FDT_OFF_STRINGS,   12
    .equ FDT_BEGIN_NODE,    1               # structure block tokens
    .equ FDT_END_NODE,      2
    .equ FDT_PROP,          3
    .equ FDT_NOP,           4
    .equ FDT_END,           9
    .equ PROP_LEN,          0               # a property after its token: length, name offset, value
    .equ PROP_NAMEOFF,      4
    .equ PROP_VALUE,        8

    .equ NODE_OTHER,        0               # what kind of node under the root the walk is in
    .equ NODE_MEMORY,       1
    .equ NODE_CHOSEN,       2

    .section .text
# fdt_scan: a0 = the device tree. Fills the variables listed above (initrd_* stay 0 without an
# initrd). A blob without the magic number or without a memory node stops the boot with a message
# and a failing power-off. Clobbers the caller-saved registers; no stack beyond its own frame.
    .globl fdt_scan
fdt_scan:
    addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    sw s3, 28(sp)
    sw s4, 24(sp)
    sw s5, 20(sp)
    sw s6, 16(sp)
    sw s7, 12(sp)
    sw s8, 8(sp)
    sw s9, 4(sp)
    mv s0, a0
    call be32
    li t0, FDT_MAGIC
    bne a0, t0, no_device_tree
    addi a0, s0, FDT_OFF_STRUCT
    call be32
    add s1, s0, a0                  # s1: the token cursor
    addi a0, s0, FDT_OFF_STRINGS
    call be32
    add s2, s0, a0                  # s2: the strings block
    li s3, 0                        # s3: depth, 1 inside the root
    li s4, NODE_OTHER               # s4: the kind of the depth-2 node we are in
    li s5, 2                        # s5, s6: the root's #address-cells and #size-cells,
    li s6, 1                        #   with the specification's defaults

next_token:
    mv a0, s1
    call be32
    addi s1, s1, 4
    li t0, FDT_BEGIN_NODE
    beq a0, t0, begin_node
    li t0, FDT_END_NODE
    beq a0, t0, end_node
    li t0, FDT_PROP
    beq a0, t0, property
    li t0, FDT_NOP
    beq a0, t0, next_token
    j scanned                       # FDT_END, or anything the walk cannot read past

begin_node:
    addi s3, s3, 1
    li t0, 2
    bne s3, t0, skip_name
    li s4, NODE_OTHER
    mv a0, s1
    la a1, name_memory
    call node_is
    beqz a0, 1f
    li s4, NODE_MEMORY
1:  mv a0, s1
    la a1, name_chosen
    call node_is
    beqz a0, skip_name
    li s4, NODE_CHOSEN
skip_name:
    lbu t0, 0(s1)
    addi s1, s1, 1
    bnez t0, skip_name
    addi s1, s1, 3                  # to the next multiple of 4
    andi s1, s1, -4
    j next_token

end_node:
    addi s3, s3, -1
    li t0, 1
    bne s3, t0, next_token
    li s4, NODE_OTHER               # back in the root: out of memory or chosen
    j next_token

property:
    mv a0, s1
    call be32
    mv s9, a0                       # s9: the value's length
    addi a0, s1, PROP_NAMEOFF
    call be32
    add s8, s2, a0                  # s8: the property's name
    addi s7, s1, PROP_VALUE         # s7: its value
    addi s1, s7, 3
    add s1, s1, s9
    andi s1, s1, -4                 # s1: the next token
    li t0, 1
    beq s3, t0, root_property
    li t0, 2
    bne s3, t0, next_token
    li t0, NODE_MEMORY
    beq s4, t0, memory_property
    li t0, NODE_CHOSEN
    beq s4, t0, chosen_property
    j next_token

root_property:
    mv a0, s8
    la a1, name_address_cells
    call str_eq
    beqz a0, 1f
    mv a0, s7
    call be32
    mv s5, a0
    j next_token
1:  mv a0, s8
    la a1, name_size_cells
    call str_eq
    beqz a0, next_token
    mv a0, s7
    call be32
    mv s6, a0
    j next_token

memory_property:
    mv a0, s8
    la a1, name_reg
    call str_eq
    beqz a0, next_token
    la t0, ram_size
    lw t0, 0(t0)
    bnez t0, next_token             # only the first region of the first memory node
    slli t0, s5, 2
    add a0, s7, t0
    addi a0, a0, -4                 # the low cell of the address
    call be32
    la t0, ram_base
    sw a0, 0(t0)
    add t0, s5, s6
    slli t0, t0, 2
    add a0, s7, t0
    addi a0, a0, -4                 # the low cell of the size
    call be32
    la t0, ram_size
    sw a0, 0(t0)
    li t0, 2
    bltu s6, t0, next_token
    add t0, s5, s6
    slli t0, t0, 2
    add a0, s7, t0
    addi a0, a0, -8                 # the cell above: 4 GiB or more, which scanned cuts down
    call be32
    beqz a0, next_token
    li t0, -1
    la t1, ram_size
    sw t0, 0(t1)
    j next_token

chosen_property:
    add a0, s7, s9
    addi a0, a0, -4                 # the low word, whether one cell or two
    call be32
    mv s7, a0
    mv a0, s8
    la a1, name_initrd_start
    call str_eq
    la t0, initrd_start
    bnez a0, 1f
    mv a0, s8
    la a1, name_initrd_end
    call str_eq
    la t0, initrd_end
    beqz a0, next_token
1:  sw s7, 0(t0)
    j next_token

scanned:
    la t0, ram_size
    lw t1, 0(t0)
    beqz t1, no_memory_node
    la t2, ram_base
    lw t2, 0(t2)
    li t3, RAM_LIMIT
    sub t3, t3, t2                  # t3: the room below the device window
    bleu t1, t3, 1f
    sw t3, 0(t0)
1:
    lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    lw s4, 24(sp)
    lw s5, 20(sp)
    lw s6, 16(sp)
    lw s7, 12(sp)
    lw s8, 8(sp)
    lw s9, 4(sp)
    addi sp, sp, 48
    ret

no_device_tree:
    la a0, no_device_tree_message
    mv a1, s0
    j fdt_fatal
no_memory_node:
    la a0, no_memory_message
fdt_fatal:
    call kprintf
    li a0, 1
    call machine_power_off

# be32: a0 = the address of a big-endian word (any alignment). Returns it in a0. Clobbers t0, t1.
be32:
    lbu t0, 0(a0)
    lbu t1, 1(a0)
    slli t0, t0, 8
    or t0, t0, t1
    lbu t1, 2(a0)
    slli t0, t0, 8
    or t0, t0, t1
    lbu t1, 3(a0)
    slli t0, t0, 8
    or a0, t0, t1
    ret

# str_eq: a0, a1 = two NUL-terminated strings. Returns a0 = 1 if they are equal, else 0.
# Clobbers t0, t1.
    .globl str_eq
str_eq:
    lbu t0, 0(a0)
    lbu t1, 0(a1)
    bne t0, t1, 1f
    addi a0, a0, 1
    addi a1, a1, 1
    bnez t0, str_eq
    li a0, 1
    ret
1:  li a0, 0
    ret

# node_is: a0 = a node's name, a1 = a node name without unit address. Returns a0 = 1 if the
# name is a1 or a1 followed by "@unit-address", else 0. Clobbers t0, t1.
node_is:
    lbu t1, 0(a1)
    beqz t1, 2f
    lbu t0, 0(a0)
    bne t0, t1, 3f
    addi a0, a0, 1
    addi a1, a1, 1
    j node_is
2:  lbu t0, 0(a0)
    beqz t0, 1f
    li t1, '@'
    bne t0, t1, 3f
1:  li a0, 1
    ret
3:  li a0, 0
    ret

    .section .rodata
name_memory:            .asciz "memory"
name_chosen:            .asciz "chosen"
name_address_cells:     .asciz "#address-cells"
name_size_cells:        .asciz "#size-cells"
name_reg:               .asciz "reg"
name_initrd_start:      .asciz "linux,initrd-start"
name_initrd_end:        .asciz "linux,initrd-end"
no_device_tree_message: .asciz "boot: no device tree at %x (a1 at entry)\n"
no_memory_message:      .asciz "boot: the device tree has no /memory node\n"

    .section .bss
    .balign 4
    .globl ram_base, ram_size, initrd_start, initrd_end
ram_base:       .space 4
ram_size:       .space 4
initrd_start:   .space 4
initrd_end:     .space 4
