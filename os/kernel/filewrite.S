# filewrite.S: the system calls that change the file system's names (mkdirat, unlinkat,
# renameat2, symlinkat) or a file's size (ftruncate64, truncate64), readlinkat, fsync,
# fdatasync, sync and umask, and
# what file.S's openat and write need to change files: the time stamp, one truth per inode for
# the descriptions, the parent directory of a path, the umask; and the last close of a file.
#
# Invariants:
#   - One truth per inode. The disk (through the block cache) is it; a description's copy of its
#     inode (OF_INODE) is read again (fd_lookup_fresh) at the start of every call that uses it,
#     and every ext2 routine writes its inode back before returning. Every call that reaches
#     the file system holds the file-system lock (sched.S), so no other process runs inside
#     one: two descriptions of one file never act on two different versions of it.
#   - A file that loses its last name while a description has it open is an orphan (ext2's
#     orphan list): it keeps its blocks until the last description of it closes (inode_release),
#     as on Linux. A directory is not: the last name of a directory some description has open or
#     some process is in is not removed (-EBUSY, where Linux would leave a dead directory).
#   - Every call that changed the disk ends with bcache_flush, so the image is consistent
#     whenever the machine stops between calls.
#   - ext2_time is set from the RTC before each change (fs_clock).

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "fd.inc"
    .equ NSEC_PER_SEC,  1000000000
    .equ EXT2_IMMUTABLE_FL, 0x10        # i_flags (Linux's ext2_fs.h): no change at all,
    .equ EXT2_APPEND_FL, 0x20           # writes only at the end: neither may be truncated

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

# inode_in_use: whether a description has an inode open or a process is in it (its directory).
#   a0 = the inode number. Returns a0 = 1 or 0. Clobbers t0-t3.
    .globl inode_in_use
inode_in_use:
    la t0, file_table
    la t1, file_table_end
    li t3, FT_INODE
1:  beq t0, t1, 3f
    lw t2, OF_REFS(t0)
    beqz t2, 2f
    lw t2, OF_TYPE(t0)
    bne t2, t3, 2f
    lw t2, OF_INODE + INODE_INO(t0)
    beq t2, a0, 6f
2:  addi t0, t0, OF_SIZE
    j 1b
3:  la t0, proc_table
    la t1, proc_table_end
4:  beq t0, t1, 7f
    lw t2, PCB_STATE(t0)
    beqz t2, 5f                         # PROC_FREE
    lw t2, PCB_CWD(t0)
    beq t2, a0, 6f
5:  addi t0, t0, PCB_SIZE
    j 4b
6:  li a0, 1
    ret
7:  li a0, 0
    ret

# name_victim: what removing a name (unlinkat, or renameat2 over it) does to its inode.
#   a0 = the inode number. Reads the inode into fw_node. Returns a0 = -EBUSY (a directory open or
#   some process's current directory: no orphan directories), 1 (a file that is open: with its
#   last link it becomes an orphan), 0, or an error of ext2_iget. Clobbers the caller-saved
#   registers.
name_victim:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
    la a1, fw_node
    call ext2_iget
    bnez a0, 9f
    mv a0, s0
    call inode_in_use
    beqz a0, 9f
    la t0, fw_node
    lhu t1, I_MODE(t0)
    li t2, S_IFMT
    and t1, t1, t2
    li t2, S_IFDIR
    bne t1, t2, 9f
    li a0, -EBUSY
9:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# inode_release: (file_put's, at a description's last reference) a0 = the description of an
# ext2 file, now free. When no other description has its inode open and it has no name left (an
# orphan), the inode and its blocks are freed and the cache flushed. An error leaves the orphan
# on the list, for the next mount to free. Takes the file-system lock unless the caller holds it:
# a last close also comes from a process's end (exit, a fatal signal), outside the file-system
# calls. May sleep and write the disk. Clobbers the caller-saved registers.
    .globl inode_release
inode_release:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    lw s0, OF_INODE + INODE_INO(a0)     # s0: the inode number (the description may be reused)
    la t0, fs_lock_owner
    lw t0, 0(t0)
    CURRENT t1
    sub s1, t0, t1
    snez s1, s1                         # s1: 1 when this call takes the lock itself
    beqz s1, 1f
    call fs_lock
1:  mv a0, s0
    call inode_in_use
    bnez a0, 9f
    mv a0, s0
    la a1, fw_node
    call ext2_iget
    bnez a0, 9f
    la t0, fw_node
    lhu t0, I_LINKS_COUNT(t0)
    bnez t0, 9f
    call fs_clock
    la a0, fw_node
    call ext2_orphan_release
    call bcache_flush
9:  beqz s1, 8f
    call fs_unlock
8:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
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

# mkdirat(dirfd, path, mode): a new directory, with the permission bits mode & ~umask.
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
    CURRENT t0
    lw t0, PCB_UMASK(t0)
    not t0, t0
    and a3, s1, t0
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
# name of an open file makes it an orphan, freed at its last close; a directory open or some
# process's current directory: -EBUSY (see above).
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
    call name_victim
    li t0, -EBUSY
    bne a0, t0, 1f
    andi t0, s1, AT_REMOVEDIR
    bnez t0, 9f
    li a0, 0                            # a directory without AT_REMOVEDIR: ext2_unlink's -EISDIR
1:  bltz a0, 9f
    sw a0, 4(sp)                        # 1: an open file
    call fs_clock
    la a0, fw_parent
    mv a1, s2
    mv a2, s3
    andi t0, s1, AT_REMOVEDIR
    bnez t0, 1f
    lw a3, 4(sp)
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
# RENAME_NOREPLACE; others -EINVAL). A replaced file that is open and loses its last name
# becomes an orphan; a replaced directory open or some process's current directory: -EBUSY.
# Path errors as openat.
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
    call name_victim
    bltz a0, 9f
    mv s3, a0                           # s3: 1 when the replaced file is open
    j 2f
1:  li s3, 0
2:  call fs_clock
    la a0, fw_parent
    mv a1, s1
    mv a2, s2
    la a3, fw_parent2
    mv a4, s4
    mv a5, s5
    mv a6, s6
    mv a7, s3
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

# umask(mask): the process's file mode creation mask becomes mask & 0777 (openat and mkdirat
# take its bits away from the mode they are given; fork copies it). Returns the mask before.
    .globl sys_umask
sys_umask:
    CURRENT t0
    lw t1, PCB_UMASK(t0)
    andi a0, a0, 0777
    sw a0, PCB_UMASK(t0)
    mv a0, t1
    ret

# fsync(fd), fdatasync(fd): the file's changes reach the disk. The cache does not know which
# file a buffer belongs to, so every dirty buffer is written (bcache_flush, with the device's
# FLUSH): more than Linux does, never less. fd not open: -EBADF; the console or a pipe, which
# Linux cannot sync either: -EINVAL; the disk failed: -EIO.
    .globl sys_fsync, sys_fdatasync
sys_fsync:
sys_fdatasync:
    addi sp, sp, -16
    sw ra, 12(sp)
    call fd_lookup
    li t0, -EBADF
    beqz a0, 1f
    lw t1, OF_TYPE(a0)
    li t2, FT_INODE
    li t0, -EINVAL
    bne t1, t2, 1f
    call bcache_flush
    mv t0, a0
1:  mv a0, t0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# sync(): every dirty buffer of the cache to the disk, then the device's FLUSH. Returns 0 (as
# Linux's sync, which reports no error).
    .globl sys_sync
sys_sync:
    addi sp, sp, -16
    sw ra, 12(sp)
    call bcache_flush
    li a0, 0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# TRUNCATE_CHECK: what ftruncate64 and truncate64 ask of a regular file's in-memory inode at
# reg before cutting it to the length in hi (high word; the low one is ext2_truncate's): the
# append-only or immutable attribute: -EPERM; a length of 4 GiB or more, past what this kernel's
# 32-bit sizes reach: -EFBIG. Jumps to fail with the error in t0.
    .macro TRUNCATE_CHECK reg, hi, fail
    lw t1, I_FLAGS(\reg)
    andi t1, t1, EXT2_IMMUTABLE_FL | EXT2_APPEND_FL
    li t0, -EPERM
    bnez t1, \fail
    li t0, -EFBIG
    bnez \hi, \fail
    .endm

# ftruncate64(fd, length_low, length_high): the file becomes length bytes long, cut (the blocks
# past the end freed) or grown with a hole that reads as zeros; mtime and ctime set. As Linux:
# a negative length: -EINVAL; fd not open: -EBADF; not a regular file, or not open for writing:
# -EINVAL; append-only or immutable: -EPERM; 4 GiB or more: -EFBIG (Linux's ext2 goes further:
# a limit of this kernel's 32-bit sizes); ext2's -EIO, -ENOSPC (an indirect block), -EROFS.
# May read and write the disk.
    .globl sys_ftruncate64
sys_ftruncate64:
    li t0, -EINVAL
    bltz a2, 9f
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s1, a1                           # s1, s2: the length
    mv s2, a2
    call fd_lookup_fresh
    li t0, -EBADF
    beqz a0, 8f
    mv s0, a0
    li t0, -EINVAL
    lw t1, OF_TYPE(s0)
    li t2, FT_INODE
    bne t1, t2, 8f
    lw t1, OF_FLAGS(s0)
    andi t1, t1, O_ACCMODE
    beqz t1, 8f                         # O_RDONLY
    lhu t1, OF_INODE + I_MODE(s0)
    li t2, S_IFMT
    and t1, t1, t2
    li t2, S_IFREG
    bne t1, t2, 8f
    addi s0, s0, OF_INODE
    TRUNCATE_CHECK s0, s2, 8f
    call fs_clock
    mv a0, s0
    mv a1, s1
    call ext2_truncate
    mv s0, a0
    call bcache_flush
    mv t0, s0
8:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
9:  mv a0, t0
    ret

# truncate64(path, length_low, length_high): ftruncate64 for the file path names (from the
# current directory when relative). A negative length: -EINVAL; a directory: -EISDIR; another
# file that is not regular: -EINVAL; -EPERM, -EFBIG as ftruncate64; path errors as openat.
# May read and write the disk.
    .globl sys_truncate64
sys_truncate64:
    li t0, -EINVAL
    bltz a2, 9f
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    mv s1, a1                           # s1, s2: the length
    mv s2, a2
    call path_in
    mv t0, a0
    li t1, -4096
    bgtu a0, t1, 8f                     # an error
    mv s0, a0                           # s0: the path's page
    CURRENT t0
    lw a1, PCB_CWD(t0)
    la a2, fw_node
    call ext2_namei
    mv t0, a0
    bnez a0, 7f
    la t2, fw_node
    lhu t1, I_MODE(t2)
    li t3, S_IFMT
    and t1, t1, t3
    li t3, S_IFDIR
    li t0, -EISDIR
    beq t1, t3, 7f
    li t3, S_IFREG
    li t0, -EINVAL
    bne t1, t3, 7f
    TRUNCATE_CHECK t2, s2, 7f
    call fs_clock
    la a0, fw_node
    mv a1, s1
    call ext2_truncate
    FW_FINISH s0
    mv t0, a0
    j 8f
7:  mv a0, s0
    mv s0, t0
    call page_free
    mv t0, s0
8:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    addi sp, sp, 32
9:  mv a0, t0
    ret

# symlinkat(target, newdirfd, linkpath): a new symbolic link linkpath holding target (ext2_symlink:
# fast up to 59 bytes, in a block beyond), mode 0777. As Linux: an empty target: -ENOENT; a
# target of 4096 bytes or more: -ENAMETOOLONG; the name exists: -EEXIST; path and dirfd errors
# as mkdirat; -ENOSPC, -EIO, -EFAULT. May read and write the disk.
    .globl sys_symlinkat
sys_symlinkat:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s1, a1                           # s1, s2: newdirfd, linkpath
    mv s2, a2
    li s0, 0
    call path_in
    mv t0, a0
    li t1, -4096
    bgtu a0, t1, 8f                     # an error
    mv s3, a0                           # s3: the target's page
    mv a0, s1
    mv a1, s2
    la a2, fw_parent
    call at_parent
    mv s0, a3                           # s0: the link path's page
    mv t0, a0
    bnez a0, 7f
    li t0, -EEXIST
    beqz a2, 7f                         # "/"
    sw a1, 0(sp)
    sw a2, 4(sp)
    call fs_clock
    mv a0, s3
    call strlen
    mv a4, a0
    la a0, fw_parent
    lw a1, 0(sp)
    lw a2, 4(sp)
    mv a3, s3
    la a5, fw_node
    call ext2_symlink
    mv t0, a0
    bltz a0, 7f
    li t0, 0
7:  sw t0, 8(sp)
    mv a0, s3
    call page_free
    lw a0, 8(sp)
    FW_FINISH s0
    mv t0, a0
8:  mv a0, t0
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# readlinkat(dirfd, path, buf, bufsiz): a symbolic link's target (no NUL) at buf, cut to
# bufsiz bytes; returns its length so. As Linux: bufsiz 0 or less: -EINVAL; not a symbolic
# link: -EINVAL; buf not writable: -EFAULT; path and dirfd errors as openat (the last name is
# not followed). May read the disk.
    .globl sys_readlinkat
sys_readlinkat:
    li t0, -EINVAL
    blez a3, 9f
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                           # s0: dirfd
    mv s2, a2                           # s2, s3: buf, bufsiz
    mv s3, a3
    mv a0, a1
    call path_in
    mv t0, a0
    li t1, -4096
    bgtu a0, t1, 8f                     # an error
    mv s1, a0                           # s1: the path's page, then the target's
    mv a0, s0
    mv a1, s1
    call start_dir
    mv t0, a0
    bltz a0, 7f
    mv a1, a0
    mv a0, s1
    la a2, fw_node
    call ext2_namei_nofollow
    mv t0, a0
    bnez a0, 7f
    la a0, fw_node
    mv a1, s1
    call ext2_readlink
    mv t0, a0
    bltz a0, 7f
    bleu a0, s3, 6f
    mv a0, s3
6:  mv s3, a0                           # s3: the bytes given
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s2
    mv a2, s1
    mv a3, s3
    call copy_out
    mv t0, a0
    bnez a0, 7f
    mv t0, s3
7:  sw t0, 0(sp)
    mv a0, s1
    call page_free
    lw t0, 0(sp)
8:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
9:  mv a0, t0
    ret

    .section .bss
    .balign 4
    .globl fw_parent
fw_parent:      .space INODE_SIZE       # the directory of the name a call makes or removes
fw_parent2:     .space INODE_SIZE       # renameat2's new name's directory
fw_node:        .space INODE_SIZE       # the inode a name removed, truncated or released names
