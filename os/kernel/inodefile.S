# inodefile.S: a file of the ext2 file system behind file.inc's read interface.
#
# The structure is FILE_READ then ext2's in-memory inode (INODEFILE_INODE); inodefile_open
# fills it from a path, and reads go to ext2_read. This is how exec reads a program from the disk.

    .include "ext2.inc"
    .include "file.inc"
    .include "errno.inc"

    .section .text
# inodefile_open: a0 = an inode file's INODEFILE_BYTES bytes, a1 = an absolute path;
# inodefile_open_at: the same with a2 = the inode number a relative path starts from (execve's
# current directory). Looks the path up and makes the structure a readable file of it.
# Returns a0 = 0, or -ENOENT when no file system is mounted, ext2_namei's error, or -EACCES
# when it is not a regular file with an execute bit (what execve asks of a program, as Linux).
# May sleep (disk reads). Clobbers the caller-saved registers.
    .globl inodefile_open, inodefile_open_at
inodefile_open:
    li a2, EXT2_ROOT_INO
inodefile_open_at:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
    sw a1, 4(sp)
    sw a2, 0(sp)
    call ext2_block_size
    mv t0, a0
    li a0, -ENOENT
    beqz t0, 1f
    la t0, inodefile_read
    sw t0, FILE_READ(s0)
    lw a0, 4(sp)
    lw a1, 0(sp)
    addi a2, s0, INODEFILE_INODE
    call ext2_namei
    bnez a0, 1f
    lhu t0, INODEFILE_INODE + I_MODE(s0)
    li t1, S_IFMT
    and t1, t0, t1
    li t2, S_IFREG
    li a0, -EACCES
    bne t1, t2, 1f
    andi t0, t0, 0111
    beqz t0, 1f
    li a0, 0
1:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# inodefile_read: file.inc's read, through ext2_read. May sleep.
inodefile_read:
    addi a0, a0, INODEFILE_INODE
    j ext2_read
