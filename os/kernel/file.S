# file.S: the system calls on files: read and write (dispatched on the description's type),
# openat, _llseek, getdents64, chdir, getcwd and statx. Descriptors and descriptions are fd.S's, pipes
# pipe.S's, the console console.S's; files and directories are ext2's. What keeps one truth per
# inode, and the calls that change names, are filewrite.S's.
# Paths come in through copy_in_string into a page of their own (PATH_MAX, NUL included);
# a relative path starts at the process's current directory (PCB_CWD) or at the directory a
# dirfd names.

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "fd.inc"

    .equ PATH_MAX,      4096

    .section .text
# read(fd, buf, count): from the description's file: the console (a line as the UART gives it,
# waiting for the first byte), a pipe (waiting for the first byte, 0 at the end), an ext2 file
# from its position (which moves on). fd not open for reading: -EBADF; a directory: -EISDIR;
# buf not writable: -EFAULT, or the bytes read before the bad page.
    .globl sys_read
sys_read:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s1, a1
    mv s2, a2
    call fd_lookup_fresh
    beqz a0, rw_bad_descriptor
    mv s0, a0
    lw t0, OF_FLAGS(s0)
    andi t0, t0, O_ACCMODE
    li t1, O_WRONLY
    beq t0, t1, rw_bad_descriptor
    lw t0, OF_TYPE(s0)
    la a4, console_file_read
    li t1, FT_CONSOLE
    beq t0, t1, 1f
    la a4, pipe_read
    li t1, FT_PIPE
    beq t0, t1, 1f
    la a4, inode_read
    lhu t0, OF_INODE + I_MODE(s0)
    li t1, S_IFMT
    and t0, t0, t1
    li t1, S_IFDIR
    li a0, -EISDIR
    beq t0, t1, rw_done
1:  mv a0, s0
    mv a1, s1
    mv a2, s2
    li a3, PTE_W
    call rw_loop
    j rw_done
rw_bad_descriptor:
    li a0, -EBADF
rw_done:
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret

# write(fd, buf, count): to the console (a newline goes out as CR LF), a pipe (waiting while
# it is full) or an ext2 file (at the description's position, which moves on; with O_APPEND at
# the end; mtime and ctime from the RTC; the cache flushed before returning). A pipe without a
# reader: the thread gets SIGPIPE (signal_send), whose default action ends the process, as on
# Linux; handled or ignored, the write returns -EPIPE; after some bytes, the count of them.
# fd not open for writing: -EBADF; buf unreadable: -EFAULT, or the bytes written before it; a
# file's end past 4 GiB - 1: -EFBIG; a full disk: -ENOSPC (or the bytes written before).
    .globl sys_write
sys_write:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s1, a1
    mv s2, a2
    call fd_lookup_fresh
    beqz a0, rw_bad_descriptor
    mv s0, a0
    lw t0, OF_FLAGS(s0)
    andi t0, t0, O_ACCMODE
    beqz t0, rw_bad_descriptor          # O_RDONLY
    lw t0, OF_TYPE(s0)
    la a4, console_file_write
    li t1, FT_CONSOLE
    beq t0, t1, 1f
    la a4, pipe_write
    li t1, FT_PIPE
    beq t0, t1, 1f
    call fs_clock
    mv a0, s0
    mv a1, s1
    mv a2, s2
    li a3, PTE_R
    la a4, inode_write
    call rw_loop
    mv s1, a0
    call bcache_flush
    mv a0, s1
    j rw_done
1:  mv a0, s0
    mv a1, s1
    mv a2, s2
    li a3, PTE_R
    call rw_loop
    li t0, -EPIPE
    bne a0, t0, rw_done
    CURRENT a0
    li a1, SIGPIPE
    call signal_send                    # its default action ends the process on its way out
    li a0, -EPIPE
    j rw_done

# rw_loop: read's and write's walk over the user's buffer, a page at a time.
#   a0 = the description, a1 = the user address, a2 = the count, a3 = the permission the user
#   pages need (PTE_W to read into them, PTE_R to write from them), a4 = the routine for one
#   piece: a0 = the description, a1 = a kernel address, a2 = bytes (at least 1), a3 = bytes
#   done so far; returns a0 = bytes done (fewer than asked ends the call) or -errno.
# Returns a0 = the bytes done; an error (a piece's, or -EFAULT for a bad page) when none were.
# May sleep (as the pieces). Clobbers the caller-saved registers.
rw_loop:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    sw s5, 4(sp)
    mv s0, a0                           # s0: the description
    mv s1, a1                           # s1: the user address
    mv s2, a2                           # s2: bytes left
    mv s3, a3                           # s3: the permission
    mv s4, a4                           # s4: the routine
    li s5, 0                            # s5: bytes done
1:  beqz s2, 4f
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s1
    mv a2, s3
    call user_translate
    li t0, -EFAULT
    beqz a0, 3f
    mv a1, a0
    PAGE_OFFSET t0, s1
    li a2, PAGE_SIZE
    sub a2, a2, t0
    bleu a2, s2, 2f
    mv a2, s2
2:  sw a2, 0(sp)
    mv a0, s0
    mv a3, s5
    jalr s4
    mv t0, a0
    bltz a0, 3f
    add s5, s5, a0
    add s1, s1, a0
    sub s2, s2, a0
    lw t1, 0(sp)
    bltu a0, t1, 4f
    j 1b
3:  bnez s5, 4f
    mv s5, t0
4:  mv a0, s5
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    lw s5, 4(sp)
    addi sp, sp, 32
    ret

# inode_read: rw_loop's piece for an ext2 file: from its position, which moves on. May sleep.
inode_read:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
    mv a3, a2
    lw a2, OF_POS(s0)
    addi a0, s0, OF_INODE
    call ext2_read
    bltz a0, 1f
    lw t0, OF_POS(s0)
    add t0, t0, a0
    sw t0, OF_POS(s0)
1:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# inode_write: rw_loop's piece for an ext2 file: at its position (O_APPEND: at its end), which
# moves past the bytes written. May sleep.
inode_write:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    mv a3, a2
    lw a2, OF_POS(s0)
    lw t0, OF_FLAGS(s0)
    andi t0, t0, O_APPEND
    beqz t0, 1f
    lw a2, OF_INODE + I_SIZE(s0)
1:  mv s1, a2
    addi a0, s0, OF_INODE
    call ext2_write
    bltz a0, 2f
    add t0, s1, a0
    sw t0, OF_POS(s0)
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# path_in: a0 = a user path. Copies it into a new page. Returns a0 = the page (the caller
# frees it), or an error in -4095..-1: -ENOMEM, -EFAULT, -ENAMETOOLONG (PATH_MAX with the NUL), -ENOENT (empty, or no
# file system mounted). Clobbers the caller-saved registers.
    .globl path_in
path_in:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s1, a0
    call ext2_block_size
    li t0, -ENOENT
    beqz a0, 2f
    call page_alloc
    li t0, -ENOMEM
    beqz a0, 2f
    mv s0, a0
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s1
    mv a2, s0
    li a3, PATH_MAX
    call copy_in_string
    mv t0, s0
    bgtz a0, 2f
    bltz a0, 1f
    li a0, -ENOENT
1:  mv t0, a0
    sw t0, 0(sp)
    mv a0, s0
    call page_free
    lw t0, 0(sp)
2:  mv a0, t0
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# start_dir: a0 = a dirfd (AT_FDCWD: the current directory), a1 = a kernel path. Returns a0 =
# the inode number a relative path starts from (any, for an absolute path), or -EBADF (dirfd
# not open), -ENOTDIR (dirfd not a directory). Clobbers t0..t2.
    .globl start_dir
start_dir:
    lbu t0, 0(a1)
    li t1, '/'
    beq t0, t1, 1f
    li t0, AT_FDCWD
    bne a0, t0, 2f
1:  CURRENT t0
    lw a0, PCB_CWD(t0)
    ret
2:  mv t2, ra
    call fd_lookup
    mv ra, t2
    beqz a0, 3f
    lw t0, OF_TYPE(a0)
    li t1, FT_INODE
    bne t0, t1, 4f
    lhu t0, OF_INODE + I_MODE(a0)
    li t1, S_IFMT
    and t0, t0, t1
    li t1, S_IFDIR
    bne t0, t1, 4f
    lw a0, OF_INODE + INODE_INO(a0)
    ret
3:  li a0, -EBADF
    ret
4:  li a0, -ENOTDIR
    ret

# openat(dirfd, path, flags, mode): a new description of the file path names, in the lowest
# closed descriptor (FD_CLOEXEC with O_CLOEXEC). A missing file with O_CREAT is made, a regular
# file with permission bits mode & ~umask (the process's, PCB_UMASK), times from the RTC; O_CREAT | O_EXCL on an
# existing file: -EEXIST. O_TRUNC cuts a regular file to 0 bytes (whatever the access mode, as
# Linux). A directory with O_WRONLY, O_RDWR or O_TRUNC: -EISDIR; O_DIRECTORY on another file:
# -ENOTDIR; symbolic links are followed (ext2_namei), but with O_NOFOLLOW a last name that is
# one gives -ELOOP, as Linux; writing or truncating what is neither a regular file nor a
# directory: -EROFS. Path errors as path_in, start_dir and ext2_namei
# (-ENOENT, -ENOTDIR, -ENAMETOOLONG, -EFAULT); no description free: -ENFILE; no descriptor:
# -EMFILE; ext2's errors (-ENOSPC, -EIO). The cache is flushed after a create or truncate.
# May sleep (disk reads).
    .globl sys_openat
sys_openat:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s0, a0                           # s0: dirfd, then the starting directory
    mv s2, a2                           # s2: flags
    mv s4, a3                           # s4: mode
    li s3, 0                            # s3: the description, once there is one
    mv a0, a1
    call path_in
    li t0, -4096
    bgtu a0, t0, open_done              # an error: no RAM address is in -4095..-1
    mv s1, a0                           # s1: the path
    call file_alloc
    li t0, -ENFILE
    beqz a0, open_fail
    mv s3, a0
    mv a0, s0
    mv a1, s1
    call start_dir
    mv t0, a0
    bltz a0, open_fail
    mv s0, a0
    mv a1, a0
    mv a0, s1
    addi a2, s3, OF_INODE
    li t0, O_NOFOLLOW
    and t0, s2, t0
    bnez t0, 7f
    call ext2_namei
    j 8f
7:  call ext2_namei_nofollow
8:  mv t0, a0
    beqz a0, 1f
    li t1, -ENOENT
    bne a0, t1, open_fail
    andi t1, s2, O_CREAT
    beqz t1, open_fail
    call fs_clock                       # a new regular file
    mv a0, s1
    mv a1, s0
    la a2, fw_parent
    call path_parent
    mv t0, a0
    bnez a0, open_fail
    CURRENT t0
    lw t0, PCB_UMASK(t0)
    not t0, t0
    la a0, fw_parent
    and a3, s4, t0
    addi a4, s3, OF_INODE
    call ext2_create
    mv t0, a0
    bltz a0, open_fail
    j 3f
1:  li t0, -EEXIST
    andi t1, s2, O_CREAT | O_EXCL
    li t2, O_CREAT | O_EXCL
    beq t1, t2, open_fail
    andi t3, s2, O_ACCMODE              # t3: the access mode
    lhu t1, OF_INODE + I_MODE(s3)
    li t2, S_IFMT
    and t1, t1, t2
    li t2, S_IFDIR
    bne t1, t2, 2f
    li t0, -EISDIR                      # a directory
    bnez t3, open_fail
    andi t1, s2, O_TRUNC
    bnez t1, open_fail
    j 3f
2:  li t0, -ENOTDIR                     # not a directory
    li t2, O_DIRECTORY
    and t2, s2, t2
    bnez t2, open_fail
    andi t2, s2, O_TRUNC
    li t0, S_IFREG
    beq t1, t0, 4f
    li t0, -ELOOP                       # a symbolic link: only with O_NOFOLLOW, as Linux
    li t2, S_IFLNK
    beq t1, t2, open_fail
    andi t2, s2, O_TRUNC
    li t0, -EROFS                       # neither a file nor a directory: read only
    bnez t3, open_fail
    bnez t2, open_fail
    j 3f
4:  beqz t2, 3f
    call fs_clock
    addi a0, s3, OF_INODE
    li a1, 0
    call ext2_truncate
    mv t0, a0
    bnez a0, open_fail
3:  li t0, FT_INODE
    sw t0, OF_TYPE(s3)
    li t0, OF_KEPT_FLAGS
    and t0, s2, t0
    sw t0, OF_FLAGS(s3)
    li a1, 0
    li t0, O_CLOEXEC
    and t0, s2, t0
    beqz t0, 4f
    li a1, FD_CLOEXEC
4:  mv a0, s3
    li a2, 0
    call fd_install
    mv t0, a0
    bltz a0, open_fail
    li s3, 0                            # the descriptor has it now
open_fail:
    beqz s3, 5f
    sw zero, OF_REFS(s3)                # never named by a descriptor: free again
5:  sw t0, 0(sp)
    mv a0, s1
    call page_free
    andi t0, s2, O_CREAT | O_TRUNC
    beqz t0, 6f
    call bcache_flush
6:  lw a0, 0(sp)
open_done:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret

# _llseek(fd, offset_high, offset_low, result, whence): moves an ext2 file's position to the
# 64-bit offset from the start (SEEK_SET), the position (SEEK_CUR) or the end (SEEK_END), and
# stores the new position at result (64 bits). Positions are 32-bit here: a new position below
# 0 or at 4 GiB or more is -EINVAL. Another whence: -EINVAL; the console or a pipe: -ESPIPE;
# fd not open: -EBADF; result not writable: -EFAULT (the position has moved, as on Linux).
    .globl sys_llseek
sys_llseek:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s1, a1                           # s1: offset_high
    mv s2, a2                           # s2: offset_low
    mv s3, a3                           # s3: result
    mv s4, a4                           # s4: whence
    call fd_lookup_fresh
    li t0, -EBADF
    beqz a0, seek_done
    mv s0, a0
    lw t1, OF_TYPE(s0)
    li t2, FT_INODE
    li t0, -ESPIPE
    bne t1, t2, seek_done
    li t0, -EINVAL
    li t1, 0                            # t1: the base
    li t2, SEEK_SET
    beq s4, t2, 2f
    lw t1, OF_POS(s0)
    li t2, SEEK_CUR
    beq s4, t2, 2f
    li t2, SEEK_END
    bne s4, t2, seek_done
    addi a0, s0, OF_INODE
    call ext2_size
    mv t1, a0
    li t0, -EINVAL
2:  add t2, t1, s2                      # s1:s2 + 0:t1 -> t3:t2
    sltu t3, t2, t1
    add t3, t3, s1
    bnez t3, seek_done                  # below 0, or 4 GiB and more
    sw t2, OF_POS(s0)
    sw t2, 0(sp)
    sw zero, 4(sp)
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s3
    mv a2, sp
    li a3, 8
    call copy_out
    mv t0, a0
seek_done:
    mv a0, t0
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret

# getdents64(fd, dirp, count): the directory's next entries from its position as struct
# linux_dirent64 records (ext2_getdents64: . and .. are entries of the directory), up to count
# bytes (at most a page a call); the position moves past them. 0 at the end. fd not open:
# -EBADF; not a directory: -ENOTDIR; count too small for the next entry: -EINVAL; dirp not
# writable: -EFAULT. May sleep.
    .globl sys_getdents64
sys_getdents64:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s1, a1                           # s1: dirp
    mv s2, a2                           # s2: count
    call fd_lookup_fresh
    li t0, -EBADF
    beqz a0, dents_done
    mv s0, a0
    li t0, -ENOTDIR
    lw t1, OF_TYPE(s0)
    li t2, FT_INODE
    bne t1, t2, dents_done
    lhu t1, OF_INODE + I_MODE(s0)
    li t2, S_IFMT
    and t1, t1, t2
    li t2, S_IFDIR
    bne t1, t2, dents_done
    call page_alloc
    li t0, -ENOMEM
    beqz a0, dents_done
    mv s3, a0                           # s3: the records, before they go out
    li t0, PAGE_SIZE
    bleu s2, t0, 1f
    mv s2, t0
1:  addi a0, s0, OF_INODE
    lw a1, OF_POS(s0)
    mv a2, s3
    mv a3, s2
    call ext2_getdents64
    mv s2, a0                           # s2: now the bytes filled, or the error
    blez a0, 2f
    sw a1, 0(sp)
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s1
    mv a2, s3
    mv a3, s2
    call copy_out
    bnez a0, 3f
    lw t0, 0(sp)
    sw t0, OF_POS(s0)
    j 2f
3:  mv s2, a0
2:  mv a0, s3
    call page_free
    mv t0, s2
dents_done:
    mv a0, t0
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# chdir(path): the directory path names becomes the current directory. -ENOTDIR when it is
# not one; path errors as openat. May sleep.
    .equ CHDIR_INODE,   16              # its frame: the inode, INODE_SIZE bytes
    .equ CHDIR_FRAME,   (CHDIR_INODE + INODE_SIZE + 15) / 16 * 16
    .globl sys_chdir
sys_chdir:
    addi sp, sp, -CHDIR_FRAME
    sw ra, 12(sp)
    sw s0, 8(sp)
    call path_in
    li t0, -4096
    bgtu a0, t0, 2f                     # an error
    mv s0, a0                           # s0: the path
    CURRENT t0
    lw a1, PCB_CWD(t0)
    addi a2, sp, CHDIR_INODE
    call ext2_namei
    bnez a0, 1f
    lhu t0, CHDIR_INODE + I_MODE(sp)
    li t1, S_IFMT
    and t0, t0, t1
    li t1, S_IFDIR
    li a0, -ENOTDIR
    bne t0, t1, 1f
    lw a0, CHDIR_INODE + INODE_INO(sp)
    call fs_set_cwd                     # (for every thread sharing it: CLONE_FS)
    li a0, 0
1:  sw a0, 4(sp)
    mv a0, s0
    call page_free
    lw a0, 4(sp)
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, CHDIR_FRAME
    ret

# getcwd(buf, size): the current directory's absolute path, NUL-terminated, at buf; returns its
# length with the NUL, as Linux's system call does. The kernel keeps only the directory's inode,
# so the path is found from it up to the root: each step looks ".." up and finds the name under
# which the parent lists the directory. size too small: -ERANGE; buf not writable: -EFAULT;
# a path over a page: -ENAMETOOLONG; a directory its parent no longer lists: -ENOENT; -ENOMEM.
# May sleep (disk reads).
    .equ CWD_POS,       32              # the parent's getdents64 position
    .equ CWD_INODE,     48              # an in-memory inode
    .equ CWD_FRAME,     (CWD_INODE + INODE_SIZE + 15) / 16 * 16
    .globl sys_getcwd
sys_getcwd:
    addi sp, sp, -CWD_FRAME
    sw ra, 0(sp)
    sw s0, 4(sp)
    sw s1, 8(sp)
    sw s2, 12(sp)
    sw s3, 16(sp)
    sw s4, 20(sp)
    sw s5, 24(sp)
    sw s6, 28(sp)
    mv s0, a0                           # s0: buf
    mv s1, a1                           # s1: size
    li s3, 0
    call page_alloc
    li t0, -ENOMEM
    beqz a0, cwd_fail_early
    mv s2, a0                           # s2: the path, built backwards from the page's end
    call page_alloc
    li t0, -ENOMEM
    beqz a0, cwd_fail
    mv s3, a0                           # s3: the parent's records
    li t0, PAGE_SIZE - 1
    add s4, s2, t0                      # s4: the path's first byte so far
    sb zero, 0(s4)
    CURRENT t0
    lw s5, PCB_CWD(t0)                    # s5: the directory whose name is wanted
cwd_step:
    li t0, EXT2_ROOT_INO
    beq s5, t0, cwd_walked
    mv a0, s5
    addi a1, sp, CWD_INODE
    call ext2_iget
    mv t0, a0
    bnez a0, cwd_fail
    addi a0, sp, CWD_INODE
    la a1, dotdot
    li a2, 2
    call ext2_lookup
    mv t0, a0
    bltz a0, cwd_fail
    mv s6, a0                           # s6: its parent
    addi a1, sp, CWD_INODE
    call ext2_iget
    mv t0, a0
    bnez a0, cwd_fail
    sw zero, CWD_POS(sp)
cwd_scan:
    addi a0, sp, CWD_INODE
    lw a1, CWD_POS(sp)
    mv a2, s3
    li a3, PAGE_SIZE
    call ext2_getdents64
    mv t0, a0
    bltz a0, cwd_fail
    li t0, -ENOENT
    beqz a0, cwd_fail
    sw a1, CWD_POS(sp)
    mv t1, s3                           # t1: a record
    add t2, s3, a0                      # t2: the end of the records
1:  lw t3, 0(t1)                        # d_ino's low word (inode numbers are 32-bit)
    beq t3, s5, cwd_found
    lhu t3, D_RECLEN(t1)
    add t1, t1, t3
    bltu t1, t2, 1b
    j cwd_scan
cwd_found:
    addi a0, t1, D_NAME
    sw a0, CWD_POS(sp)                  # (the position is not needed again)
    call strlen
    sub t1, s4, a0
    addi t1, t1, -1                     # room for the name and its '/'
    li t0, -ENAMETOOLONG
    bltu t1, s2, cwd_fail
    mv s4, t1
    li t0, '/'
    sb t0, 0(s4)
    mv a2, a0
    addi a0, s4, 1
    lw a1, CWD_POS(sp)
    call memcpy
    mv s5, s6
    j cwd_step
cwd_walked:
    li t0, PAGE_SIZE - 1
    add t0, s2, t0
    bne s4, t0, 2f
    addi s4, s4, -1                     # the root: "/"
    li t0, '/'
    sb t0, 0(s4)
2:  li t0, PAGE_SIZE
    add t0, s2, t0
    sub s6, t0, s4                      # s6: the length with the NUL
    li t0, -ERANGE
    bltu s1, s6, cwd_fail
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s0
    mv a2, s4
    mv a3, s6
    call copy_out
    mv t0, a0
    bnez a0, cwd_fail
    mv t0, s6
cwd_fail:
    sw t0, CWD_POS(sp)
    mv a0, s2
    call page_free
    beqz s3, 3f
    mv a0, s3
    call page_free
3:  lw t0, CWD_POS(sp)
cwd_fail_early:
    mv a0, t0
    lw ra, 0(sp)
    lw s0, 4(sp)
    lw s1, 8(sp)
    lw s2, 12(sp)
    lw s3, 16(sp)
    lw s4, 20(sp)
    lw s5, 24(sp)
    lw s6, 28(sp)
    addi sp, sp, CWD_FRAME
    ret


# statx(dirfd, path, flags, mask, statxbuf): struct statx (256 bytes) for the file path names,
# or with AT_EMPTY_PATH and an empty path for the file dirfd names. Every basic field is filled
# whatever mask asks (stx_mask STATX_BASIC_STATS, as ext2 on Linux): mode, nlink, uid, gid,
# ino, size, blocks (512-byte units), blksize (the block size), atime, mtime, ctime (seconds;
# ext2 keeps no nanoseconds), the ext2 attributes append, compressed, immutable and nodump.
# The console and pipes (through AT_EMPTY_PATH) report only their type and mode, nlink 1 (stx_mask
# STATX_TYPE | STATX_MODE | STATX_NLINK) and a page as blksize. Not filled: btime, the device
# numbers. Symbolic links are followed, but a last one with AT_SYMLINK_NOFOLLOW. Another flag, or STATX__RESERVED in mask: -EINVAL; path errors as
# openat; statxbuf not writable: -EFAULT. May sleep.
    .equ STATX_FLAGS,           AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE
    .equ STATX_TYPE_MODE_NLINK, 0x7
    .equ STATX_ATTRS,           0x74    # compressed, immutable, append, nodump: ext2's flag bits too
    .equ SX_FLAGS,      16              # the frame: the flags,
    .equ SX_INODE,      32              #   an in-memory inode
    .equ SX_FRAME,      (SX_INODE + INODE_SIZE + 15) / 16 * 16
    .globl sys_statx
sys_statx:
    li t0, ~STATX_FLAGS
    and t0, a2, t0
    bnez t0, 1f
    li t0, STATX_RESERVED
    and t0, a3, t0
    beqz t0, 2f
1:  li a0, -EINVAL
    ret
2:  addi sp, sp, -SX_FRAME
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0                           # s0: dirfd
    mv s1, a1                           # s1: path; then the statx page
    mv s2, a4                           # s2: statxbuf
    sw a2, SX_FLAGS(sp)
    li t0, AT_EMPTY_PATH
    and t0, a2, t0
    beqz t0, sx_path
    CURRENT t0                          # AT_EMPTY_PATH: is the path empty?
    lw a0, PCB_ROOT(t0)
    mv a1, s1
    addi a2, sp, SX_INODE
    li a3, 1
    call copy_in
    bnez a0, sx_done
    lbu t0, SX_INODE(sp)
    bnez t0, sx_path
    mv a0, s0
    call fd_lookup_fresh
    li t0, -EBADF
    beqz a0, sx_error
    mv s0, a0                           # s0: now the description
    call page_alloc
    li t0, -ENOMEM
    beqz a0, sx_error
    mv s1, a0
    lw t0, OF_TYPE(s0)
    li t1, FT_INODE
    bne t0, t1, sx_not_inode
    addi a0, sp, SX_INODE
    addi a1, s0, OF_INODE
    li a2, INODE_SIZE
    call memcpy
    j sx_fill
sx_not_inode:
    li t2, S_IFCHR | 0620               # the console, as Linux's /dev/console
    li t1, FT_CONSOLE
    beq t0, t1, 3f
    li t2, S_IFIFO | 0600
3:  sh t2, STX_MODE(s1)
    li t0, 1
    sw t0, STX_NLINK(s1)
    li t0, PAGE_SIZE
    sw t0, STX_BLKSIZE(s1)
    li t0, STATX_TYPE_MODE_NLINK        # what is known of them
    sw t0, STX_MASK(s1)
    j sx_out
sx_path:
    mv a0, s1
    call path_in
    li t0, -4096
    bgtu a0, t0, sx_done                # an error
    mv s1, a0
    mv a0, s0
    mv a1, s1
    call start_dir
    mv t0, a0
    bltz a0, sx_free
    mv a1, a0
    mv a0, s1
    addi a2, sp, SX_INODE
    lw t0, SX_FLAGS(sp)
    andi t0, t0, AT_SYMLINK_NOFOLLOW
    bnez t0, 6f
    call ext2_namei
    j 7f
6:  call ext2_namei_nofollow
7:  mv t0, a0
    bnez a0, sx_free
    mv a0, s1                           # the page now takes the struct, zeroed
    li t0, PAGE_SIZE
    add t1, a0, t0
4:  sw zero, 0(a0)
    addi a0, a0, 4
    bltu a0, t1, 4b
sx_fill:
    li t0, STATX_BASIC_STATS
    sw t0, STX_MASK(s1)
    call ext2_block_size
    sw a0, STX_BLKSIZE(s1)
    lw t0, SX_INODE + I_FLAGS(sp)
    andi t0, t0, STATX_ATTRS
    sw t0, STX_ATTRIBUTES(s1)
    li t0, STATX_ATTRS
    sw t0, STX_ATTRIBUTES_MASK(s1)
    lhu t0, SX_INODE + I_LINKS_COUNT(sp)
    sw t0, STX_NLINK(s1)
    lhu t0, SX_INODE + I_UID(sp)
    sw t0, STX_UID(s1)
    lhu t0, SX_INODE + I_GID(sp)
    sw t0, STX_GID(s1)
    lhu t0, SX_INODE + I_MODE(sp)
    sh t0, STX_MODE(s1)
    lw t0, SX_INODE + INODE_INO(sp)
    sw t0, STX_INO(s1)
    lw t0, SX_INODE + I_SIZE(sp)
    sw t0, STX_SIZE(s1)
    lhu t0, SX_INODE + I_MODE(sp)       # the high word: a regular file's only
    li t1, S_IFMT
    and t0, t0, t1
    li t1, S_IFREG
    bne t0, t1, 5f
    lw t0, SX_INODE + I_SIZE_HIGH(sp)
    sw t0, STX_SIZE + 4(s1)
5:  lw t0, SX_INODE + I_BLOCKS(sp)
    sw t0, STX_BLOCKS(s1)
    lw t0, SX_INODE + I_ATIME(sp)       # times: 32-bit signed seconds on ext2
    sw t0, STX_ATIME(s1)
    srai t0, t0, 31
    sw t0, STX_ATIME + 4(s1)
    lw t0, SX_INODE + I_CTIME(sp)
    sw t0, STX_CTIME(s1)
    srai t0, t0, 31
    sw t0, STX_CTIME + 4(s1)
    lw t0, SX_INODE + I_MTIME(sp)
    sw t0, STX_MTIME(s1)
    srai t0, t0, 31
    sw t0, STX_MTIME + 4(s1)
sx_out:
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s2
    mv a2, s1
    li a3, SIZEOF_STATX
    call copy_out
    mv t0, a0
sx_free:
    sw t0, SX_INODE(sp)
    mv a0, s1
    call page_free
    lw t0, SX_INODE(sp)
sx_error:
    mv a0, t0
sx_done:
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, SX_FRAME
    ret

    .section .rodata
dotdot: .ascii ".."
