# filewrite.S: the system calls that change the file system's names (mkdirat, unlinkat,
# renameat2), and what file.S's openat and write need to change files: the time stamp, one
# truth per inode for the descriptions, the parent directory of a path.
#
# Invariants:
#   - One truth per inode. The disk (through the block cache) is it; a description's copy of its
#     inode (OF_INODE) is read again (fd_lookup_fresh) at the start of every call that uses it,
#     and every ext2 routine writes its inode back before returning. Every call that reaches
#     the file system holds the file-system lock (sched.S), so no other process runs inside
#     one: two descriptions of one file never act on two different versions of it.
#   - ext2 keeps no orphans (an inode without a name stays allocated while open on Linux): the
#     last name of an open file, or of a directory some process is in, is not removed (-EBUSY).
#   - Every call that changed the disk ends with bcache_flush, so the image is consistent
#     whenever the machine stops between calls.
#   - ext2_time is set from the RTC before each change (fs_clock).

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "fd.inc"

    .equ AT_REMOVEDIR,  0x200
    .equ UMASK,         022             # no umask call yet: every process has Linux's default
    .equ NSEC_PER_SEC,  1000000000

    .section .text
# fd_lookup_fresh: fd_lookup, with an inode file's copy of its inode read again from the cache.
#   a0 = a descriptor. Returns a0 = its description or 0. May read the disk; clobbers the
#   caller-saved registers.
    .globl fd_lookup_fresh
fd_lookup_fresh:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    call fd_lookup
    mv s0, a0
    beqz a0, 1f
    lw t0, OF_TYPE(a0)
    li t1, FT_INODE
    bne t0, t1, 1f
    lw a0, OF_INODE + INODE_INO(s0)
    addi a1, s0, OF_INODE
    call ext2_iget                      # an error leaves the copy as it was
1:  mv a0, s0
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# fs_clock: ext2_time = the RTC's seconds since the epoch. Clobbers a0-a2, t0-t3.
    .globl fs_clock
fs_clock:
    addi sp, sp, -16
    sw ra, 12(sp)
    li t0, RTC_BASE
    lw a0, RTC_TIME_LOW(t0)             # latches the high word
    lw a1, RTC_TIME_HIGH(t0)
    li a2, NSEC_PER_SEC
    call udiv64
    la t0, ext2_time
    sw a0, 0(t0)
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# path_parent: the directory a path's last name is in.
#   a0 = the path in a kernel page (trailing slashes are cut off there), a1 = the inode number a
#   relative path starts from, a2 = where to put the directory's in-memory inode.
#   Returns a0 = 0, a1 = the last name, a2 = its length (0 for "/"); or a0 = an error of
#   ext2_namei or ext2_iget. Clobbers the caller-saved registers.
    .globl path_parent
path_parent:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    mv t0, a0
1:  lbu t1, 0(t0)                       # t0: the end
    beqz t1, 2f
    addi t0, t0, 1
    j 1b
2:  li t3, '/'
3:  addi t2, t0, -1                     # cut trailing slashes, but not a lone "/"
    bleu t2, s0, 4f
    lbu t1, 0(t2)
    bne t1, t3, 4f
    sb zero, 0(t2)
    mv t0, t2
    j 3b
4:  mv s1, t0                           # s1: the end
    mv t2, t0
5:  beq t2, s0, 6f                      # t2: the last slash
    addi t2, t2, -1
    lbu t1, 0(t2)
    bne t1, t3, 5b
    addi s2, t2, 1                      # s2: the last name
    beq t2, s0, 7f
    sb zero, 0(t2)
    mv a0, s0
    call ext2_namei
    li t1, '/'
    sb t1, -1(s2)
    j 8f
6:  mv s2, s0                           # no slash: the starting directory
    mv a0, a1
    mv a1, a2
    call ext2_iget
    j 8f
7:  li a0, EXT2_ROOT_INO
    mv a1, a2
    call ext2_iget
8:  bnez a0, 9f
    mv a1, s2
    sub a2, s1, s2
9:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret

# at_parent: a user path's parent directory, as the *at calls name it.
#   a0 = a dirfd (AT_FDCWD too), a1 = the user path, a2 = where to put the directory's inode.
#   Returns a0 = 0 or an error of path_in, start_dir or path_parent; a1 = the last name, a2 =
#   its length; a3 = the kernel page of the path, which the caller frees (0 when there is none).
#   Clobbers the caller-saved registers.
at_parent:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    mv s2, a2
    li s1, 0
    mv a0, a1
    call path_in
    li t0, -4096
    bgtu a0, t0, 9f                     # an error: no RAM address is in -4095..-1
    mv s1, a0
    mv a0, s0
    mv a1, s1
    call start_dir
    bltz a0, 9f
    mv a1, a0
    mv a0, s1
    mv a2, s2
    call path_parent
9:  mv a3, s1
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret

# inode_busy: whether removing a name of an inode would leave an orphan: it is its last name
# (a directory: always) and a description has it open or a process is in it.
#   a0 = the inode number. Returns a0 = -EBUSY or 0. Reads the inode into fw_node. Clobbers the
#   caller-saved registers.
inode_busy:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
    la a1, fw_node
    call ext2_iget
    bnez a0, 9f
    la t0, fw_node
    lhu t1, I_MODE(t0)
    li t2, S_IFMT
    and t1, t1, t2
    li t2, S_IFDIR
    beq t1, t2, 1f
    lhu t1, I_LINKS_COUNT(t0)
    li t2, 1
    bgtu t1, t2, 8f                     # other names remain
1:  la t0, file_table
    la t1, file_table_end
    li t3, FT_INODE
2:  beq t0, t1, 4f
    lw t2, OF_REFS(t0)
    beqz t2, 3f
    lw t2, OF_TYPE(t0)
    bne t2, t3, 3f
    lw t2, OF_INODE + INODE_INO(t0)
    beq t2, s0, 7f
3:  addi t0, t0, OF_SIZE
    j 2b
4:  la t0, proc_table
    la t1, proc_table_end
5:  beq t0, t1, 8f
    lw t2, P_STATE(t0)
    beqz t2, 6f                         # PROC_FREE
    lw t2, P_CWD(t0)
    beq t2, s0, 7f
6:  addi t0, t0, P_SIZE
    j 5b
7:  li a0, -EBUSY
    j 9f
8:  li a0, 0
9:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# FW_FINISH: the end of a call that may have changed the disk: the page of the path freed (the
# register holds it, or 0), the cache flushed; a0 (the result) is kept.
    .macro FW_FINISH page
    sw a0, 0(sp)
    beqz \page, 1f
    mv a0, \page
    call page_free
1:  call bcache_flush
    lw a0, 0(sp)
    .endm

# mkdirat(dirfd, path, mode): a new directory, with the permission bits mode & ~umask (022).
# Errors as Linux: -EEXIST, -ENOENT, -ENOTDIR, -ENAMETOOLONG, -EMLINK, -ENOSPC, -EIO,
# -EFAULT, -EBADF (dirfd). May read and write the disk.
    .globl sys_mkdirat
sys_mkdirat:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s1, a2                           # s1: mode
    la a2, fw_parent
    call at_parent
    mv s0, a3                           # s0: the path's page
    bnez a0, 9f
    li t0, -EEXIST
    beqz a2, 8f                         # "/"
    sw a1, 0(sp)
    sw a2, 4(sp)
    call fs_clock
    la a0, fw_parent
    lw a1, 0(sp)
    lw a2, 4(sp)
    andi a3, s1, ~UMASK
    la a4, fw_node
    call ext2_mkdir
    mv t0, a0
    bltz a0, 8f
    li t0, 0
8:  mv a0, t0
9:  FW_FINISH s0
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# unlinkat(dirfd, path, flags): removes a name; with AT_REMOVEDIR an empty directory (rmdir),
# without it anything else (a directory: -EISDIR, as Linux). Other flags: -EINVAL. The last
# name of an open file or of a process's current directory: -EBUSY (no orphans, see above).
# Other errors as Linux: -ENOENT, -ENOTDIR, -ENOTEMPTY, -EINVAL ("."), -EIO, -EFAULT, -EBADF.
    .globl sys_unlinkat
sys_unlinkat:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s1, a2                           # s1: flags
    li s0, 0
    li t0, -EINVAL
    andi t1, a2, ~AT_REMOVEDIR
    bnez t1, 8f
    la a2, fw_parent
    call at_parent
    mv s0, a3
    bnez a0, 9f
    mv s2, a1                           # s2, s3: the name
    mv s3, a2
    li t0, -EBUSY
    beqz a2, 8f                         # "/"
    la a0, fw_parent
    call ext2_lookup
    bltz a0, 9f
    call inode_busy
    bnez a0, 9f
    call fs_clock
    la a0, fw_parent
    mv a1, s2
    mv a2, s3
    andi t0, s1, AT_REMOVEDIR
    bnez t0, 1f
    call ext2_unlink
    j 9f
1:  call ext2_rmdir
    j 9f
8:  mv a0, t0
9:  FW_FINISH s0
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# renameat2(olddirfd, oldpath, newdirfd, newpath, flags): ext2_rename's semantics (flags 0 or
# RENAME_NOREPLACE; others -EINVAL). A new name whose file is open or a process's current
# directory, and would lose its last name: -EBUSY. Path errors as openat.
    .globl sys_renameat2
sys_renameat2:
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
    mv s4, a2                           # s4, s5: the new dirfd and path
    mv s5, a3
    mv s6, a4                           # s6: flags
    li s7, 0                            # s7: the new path's page
    la a2, fw_parent
    call at_parent
    mv s0, a3                           # s0: the old path's page
    bnez a0, 9f
    mv s1, a1                           # s1, s2: the old name
    mv s2, a2
    mv a0, s4
    mv a1, s5
    la a2, fw_parent2
    call at_parent
    mv s7, a3
    bnez a0, 9f
    mv s4, a1                           # s4, s5: the new name
    mv s5, a2
    li a0, -EBUSY
    beqz s2, 9f                         # "/"
    beqz s5, 9f
    la a0, fw_parent2
    call ext2_lookup
    li t0, -ENOENT
    beq a0, t0, 1f                      # no file has the new name yet
    bltz a0, 9f
    call inode_busy
    bnez a0, 9f
1:  call fs_clock
    la a0, fw_parent
    mv a1, s1
    mv a2, s2
    la a3, fw_parent2
    mv a4, s4
    mv a5, s5
    mv a6, s6
    call ext2_rename
9:  sw a0, 0(sp)
    beqz s7, 1f
    mv a0, s7
    call page_free
1:  lw a0, 0(sp)
    FW_FINISH s0
    lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    lw s4, 24(sp)
    lw s5, 20(sp)
    lw s6, 16(sp)
    lw s7, 12(sp)
    addi sp, sp, 48
    ret

    .section .bss
    .balign 4
    .globl fw_parent
fw_parent:      .space INODE_SIZE       # the directory of the name a call makes or removes
fw_parent2:     .space INODE_SIZE       # renameat2's new name's directory
fw_node:        .space INODE_SIZE       # the inode inode_busy looks at
