# memfile.S: a file whose bytes are already in memory, behind file.inc's read interface.
#
# The kernel's first program comes this way when the machine was given an initrd: QEMU's
# -initrd (and any boot loader following the same convention) puts the file in RAM and names
# it in the device tree's /chosen linux,initrd-start and linux,initrd-end (fdt.S).

    .include "ext2.inc"
    .include "file.inc"

    .section .text
# memfile_init: a0 = a memfile's MEMFILE_BYTES bytes, a1 = the contents, a2 = their size.
# Makes it a readable file. Clobbers t0.
    .globl memfile_init
memfile_init:
    la t0, memfile_read
    sw t0, FILE_READ(a0)
    sw a1, MEMFILE_BASE(a0)
    sw a2, MEMFILE_SIZE(a0)
    ret

# memfile_read: file.inc's read. Never sleeps, never fails.
memfile_read:
    lw t0, MEMFILE_SIZE(a0)
    bltu a2, t0, 1f
    li a0, 0                            # at or past the end
    ret
1:  sub t0, t0, a2                      # bytes from the offset to the end
    bleu a3, t0, 2f
    mv a3, t0
2:  lw t1, MEMFILE_BASE(a0)
    add t1, t1, a2
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a3, 8(sp)
    mv a0, a1
    mv a1, t1
    mv a2, a3
    call memcpy
    lw ra, 12(sp)
    lw a0, 8(sp)
    addi sp, sp, 16
    ret
