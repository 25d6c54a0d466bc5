# filecalls.S: the file system calls a Linux program (and the Python VM's imports) expect,
# run as /sbin/init by FileCallsTest: files unlinked or renamed over while open (orphans, freed
# at the last close), ftruncate64 and truncate64 (shrinking, growing with a hole), fsync,
# fdatasync, sync, umask (and its inheritance by fork), execve from the current directory and
# its errors, symbolic links (symlinkat, readlinkat, followed by the calls that take paths, not
# with O_NOFOLLOW or AT_SYMLINK_NOFOLLOW, -ELOOP after 40), and statx's nlink, size and blocks
# for each. One line a result; paths are relative (the current directory is the root), so the same program runs under qemu-riscv32 in a host
# directory holding sbin/init, where it is plain Linux.
# Two kinds of line are tagged, for the comparison with qemu-riscv32 to leave out:
#   "[ext2] "    values of the file system itself: stx_blocks (e2fsck checks them on the image)
#                and the 4 GiB limit of this kernel's 32-bit sizes;
#   "[system] "  running a program through execve, which qemu-riscv32 cannot do for a RISC-V
#                program without binfmt_misc (the host's execve says ENOEXEC), and a symbolic
#                link to an absolute path (the host's root under qemu-riscv32).
# When it is started with an argument (by its own execve), it says so and exits with status 7.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"

# OPEN label, path, flags, mode: openat(AT_FDCWD, path, flags, mode), shown; s11 the result.
    .macro OPEN label, path, flags, mode=0644
    li a0, AT_FDCWD
    la a1, \path
    li a2, \flags
    li a3, \mode
    SC openat
    PRINT_VALUE "\label", a0
    .endm

# WRITE label, fd, text: write(fd, text, its length), shown.
    .macro WRITE label, fd, text
    mv a0, \fd
    la a1, 2f
    call write_str
    PRINT_VALUE "\label", a0
    .section .rodata
2:  .asciz "\text"
    .text
    .endm

# READ label, fd: read(fd, buf, 64) from the position, shown, the bytes between brackets.
    .macro READ label, fd
    mv a0, \fd
    call show_read
    PRINT_VALUE "\label", a0
    .endm

# SEEK fd, offset: _llseek(fd, 0, offset, scratch, SEEK_SET).
    .macro SEEK fd, offset
    mv a0, \fd
    li a1, 0
    li a2, \offset
    la a3, scratch
    li a4, 0
    SC llseek
    .endm

# STAT label, fd: statx of the descriptor: "label nlink N size N", and "[ext2] label blocks N".
    .macro STAT label, fd
    mv a0, \fd
    call stat_fd
    lw t0, statbuf + STX_NLINK
    PRINT_VALUE "\label nlink ", t0
    lw t0, statbuf + STX_SIZE
    PRINT_VALUE "\label size ", t0
    lw t0, statbuf + STX_BLOCKS
    PRINT_VALUE "[ext2] \label blocks ", t0
    .endm

# CLOSE fd: close(fd), shown.
    .macro CLOSE label, fd
    mv a0, \fd
    SC close
    PRINT_VALUE "\label", a0
    .endm

# FTRUNC label, fd, low, high / TRUNC label, path, low, high: ftruncate64, truncate64, shown.
    .macro FTRUNC label, fd, low, high
    mv a0, \fd
    li a1, \low
    li a2, \high
    SC ftruncate64
    PRINT_VALUE "\label", a0
    .endm
    .macro TRUNC label, path, low, high
    la a0, \path
    li a1, \low
    li a2, \high
    SC truncate64
    PRINT_VALUE "\label", a0
    .endm

# EXEC label, path: execve(path, {path, 0}, 0) that must fail, shown.
    .macro EXEC label, path
    la a0, \path
    la a1, exec_argv
    sw a0, 0(a1)
    li a2, 0
    SC execve
    PRINT_VALUE "\label", a0
    .endm

# SYMLINK label, target, path: symlinkat(target, AT_FDCWD, path), shown.
    .macro SYMLINK label, target, path
    la a0, \target
    li a1, AT_FDCWD
    la a2, \path
    SC symlinkat
    PRINT_VALUE "\label", a0
    .endm

# READLINK label, path, size: readlinkat(AT_FDCWD, path, buf, size), shown, the bytes between
# brackets.
    .macro READLINK label, path, size
    li a0, AT_FDCWD
    la a1, \path
    la a2, buf
    li a3, \size
    SC readlinkat
    mv s10, a0
    mv a0, s10
    call show_buf
    PRINT_VALUE "\label", s10
    .endm

# READ_FILE label, path: the file's first 64 bytes between brackets (open's or read's result).
    .macro READ_FILE label, path
    OPEN "  open: ", \path, O_RDONLY
    bltz s11, .Lno_file\@
    mv s9, s11
    READ "\label", s9
    mv a0, s9
    SC close
.Lno_file\@:
    .endm

    .text
    .globl _start
_start:
    lw t0, 0(sp)                        # argc
    li t1, 1
    bleu t0, t1, main
    la a0, execd
    call puts
    li a0, 7
    SC exit

main:
    call orphans
    call truncation
    call syncing
    call umasks
    call execs
    call links
    li a0, 0
    SC exit

# orphans: names removed from files that are open; the files go with their last close.
orphans:
    addi sp, sp, -16
    sw ra, 12(sp)
    OPEN "create o: ", name_o, O_RDWR | O_CREAT | O_EXCL
    mv s0, s11
    WRITE "write o: ", s0, "orphan data\n"
    STAT "o", s0
    li a0, AT_FDCWD
    la a1, name_o
    li a2, 0
    SC unlinkat
    PRINT_VALUE "unlink o while open: ", a0
    STAT "unlinked o", s0
    OPEN "open o by its name: ", name_o, O_RDONLY
    SEEK s0, 0
    READ "read the unlinked o: ", s0
    WRITE "write the unlinked o: ", s0, "more\n"
    STAT "unlinked o", s0
    mv a0, s0
    SC dup
    PRINT_VALUE "dup it: ", a0
    mv s1, s11
    CLOSE "close the first descriptor: ", s0
    SEEK s1, 7
    READ "read through the second: ", s1
    CLOSE "close the last: ", s1
    OPEN "create o again: ", name_o, O_RDWR | O_CREAT | O_EXCL
    CLOSE "close it: ", s11

    OPEN "create p: ", name_p, O_RDWR | O_CREAT | O_EXCL
    mv s0, s11
    WRITE "write p: ", s0, "pp\n"
    OPEN "create q: ", name_q, O_RDWR | O_CREAT | O_EXCL
    mv s1, s11
    WRITE "write q: ", s1, "qq\n"
    CLOSE "close q: ", s1
    li a0, AT_FDCWD
    la a1, name_q
    li a2, AT_FDCWD
    la a3, name_p
    li a4, 0
    SC renameat2
    PRINT_VALUE "rename q over the open p: ", a0
    STAT "the old p", s0
    SEEK s0, 0
    READ "read the old p: ", s0
    OPEN "open p: ", name_p, O_RDONLY
    mv s1, s11
    READ "read the new p: ", s1
    CLOSE "close the new p: ", s1
    CLOSE "close the old p: ", s0

    OPEN "create r1: ", name_r1, O_RDWR | O_CREAT | O_EXCL  # three orphans at once: the list
    mv s0, s11
    OPEN "create r2: ", name_r2, O_RDWR | O_CREAT | O_EXCL
    mv s1, s11
    OPEN "create r3: ", name_r3, O_RDWR | O_CREAT | O_EXCL
    mv s2, s11
    WRITE "write r2: ", s1, "r2"
    li a0, AT_FDCWD
    la a1, name_r1
    li a2, 0
    SC unlinkat
    PRINT_VALUE "unlink r1: ", a0
    li a0, AT_FDCWD
    la a1, name_r2
    li a2, 0
    SC unlinkat
    PRINT_VALUE "unlink r2: ", a0
    li a0, AT_FDCWD
    la a1, name_r3
    li a2, 0
    SC unlinkat
    PRINT_VALUE "unlink r3: ", a0
    CLOSE "close r2: ", s1
    CLOSE "close r1: ", s0
    CLOSE "close r3: ", s2
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# truncation: ftruncate64 and truncate64, shrinking and growing.
truncation:
    addi sp, sp, -16
    sw ra, 12(sp)
    OPEN "create t: ", name_t, O_RDWR | O_CREAT | O_EXCL
    mv s0, s11
    WRITE "write t: ", s0, "0123456789"
    mv a0, s0
    call stat_fd
    lw s3, statbuf + STX_MTIME          # s3: the mtime before
    FTRUNC "ftruncate t to 4: ", s0, 4, 0
    STAT "t", s0
    lw t0, statbuf + STX_MTIME
    slt t0, t0, s3
    xori t0, t0, 1
    PRINT_VALUE "mtime not earlier: ", t0
    SEEK s0, 0
    READ "read t: ", s0
    FTRUNC "ftruncate t to 3000: ", s0, 3000, 0
    STAT "t", s0
    SEEK s0, 2990
    READ "read t at 2990: ", s0
    SEEK s0, 5000
    WRITE "write t at 5000: ", s0, "x"
    STAT "t", s0
    FTRUNC "ftruncate t to 1100: ", s0, 1100, 0
    STAT "t", s0
    FTRUNC "ftruncate t to a negative length: ", s0, 0, -1
    FTRUNC "[ext2] ftruncate t to 4 GiB: ", s0, 0, 1
    li a0, 99
    FTRUNC "ftruncate descriptor 99: ", a0, 0, 0
    la a0, pipe_fds
    li a1, 0
    SC pipe2
    lw a0, pipe_fds + 4
    FTRUNC "ftruncate a pipe: ", a0, 0, 0
    lw a0, pipe_fds
    SC close
    lw a0, pipe_fds + 4
    SC close
    OPEN "open t read-only: ", name_t, O_RDONLY
    mv s1, s11
    FTRUNC "ftruncate it: ", s1, 0, 0
    CLOSE "close it: ", s1
    OPEN "open the directory sbin: ", name_sbin, O_RDONLY | O_DIRECTORY
    mv s1, s11
    FTRUNC "ftruncate it: ", s1, 0, 0
    CLOSE "close it: ", s1
    TRUNC "truncate t to 2: ", name_t, 2, 0
    STAT "t", s0
    SEEK s0, 0
    READ "read t: ", s0
    TRUNC "truncate sbin: ", name_sbin, 0, 0
    TRUNC "truncate a missing file: ", name_missing, 0, 0
    TRUNC "truncate t/x: ", name_t_x, 0, 0
    TRUNC "truncate t to a negative length: ", name_t, 0, 0x80000000
    TRUNC "truncate t to 5: ", name_t, 5, 0
    CLOSE "close t: ", s0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# syncing: fsync, fdatasync, sync.
syncing:
    addi sp, sp, -16
    sw ra, 12(sp)
    OPEN "open t: ", name_t, O_RDWR
    mv s0, s11
    mv a0, s0
    SC fsync
    PRINT_VALUE "fsync t: ", a0
    mv a0, s0
    SC fdatasync
    PRINT_VALUE "fdatasync t: ", a0
    CLOSE "close t: ", s0
    li a0, 99
    SC fsync
    PRINT_VALUE "fsync descriptor 99: ", a0
    la a0, pipe_fds
    li a1, 0
    SC pipe2
    lw a0, pipe_fds
    SC fdatasync
    PRINT_VALUE "fdatasync a pipe: ", a0
    lw a0, pipe_fds
    SC close
    lw a0, pipe_fds + 4
    SC close
    SC sync
    PRINT_VALUE "sync: ", a0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# umasks: the mask taken from new files' and directories' modes, inherited by a child.
umasks:
    addi sp, sp, -16
    sw ra, 12(sp)
    li a0, 022                          # what the host's mask was is not this test's business
    SC umask
    li a0, 027
    SC umask
    PRINT_VALUE "umask 027, the mask was: ", a0
    OPEN "create u with 0666: ", name_u, O_RDWR | O_CREAT | O_EXCL, 0666
    mv s0, s11
    STAT "u", s0
    lhu t0, statbuf + STX_MODE
    PRINT_VALUE "u's mode: ", t0
    CLOSE "close u: ", s0
    li a0, AT_FDCWD
    la a1, name_ud
    li a2, 0777
    SC mkdirat
    PRINT_VALUE "mkdir ud with 0777: ", a0
    OPEN "open ud: ", name_ud, O_RDONLY | O_DIRECTORY
    mv s0, s11
    mv a0, s0
    call stat_fd
    lw t0, statbuf + STX_NLINK
    PRINT_VALUE "ud nlink ", t0
    lhu t0, statbuf + STX_MODE
    PRINT_VALUE "ud's mode: ", t0
    CLOSE "close ud: ", s0
    li a0, 0777777                      # bits past 0777 are not kept
    SC umask
    PRINT_VALUE "umask with more bits, the mask was: ", a0
    li a0, 077
    SC umask
    PRINT_VALUE "umask 077, the mask was: ", a0
    call fork
    bnez a0, umask_parent
    li a0, 0                            # the child: its mask is its parent's
    SC umask
    PRINT_VALUE "the child's mask: ", a0
    li a0, 0
    SC exit
umask_parent:
    call wait_child
    PRINT_VALUE "the child's status: ", a0
    li a0, 022
    SC umask
    PRINT_VALUE "umask 022, the mask was: ", a0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# execs: execve's errors, then a program by a path relative to the current directory.
execs:
    addi sp, sp, -16
    sw ra, 12(sp)
    OPEN "create s, executable: ", name_s, O_WRONLY | O_CREAT | O_EXCL, 0755
    mv s0, s11
    WRITE "write s: ", s0, "not a program\n"
    CLOSE "close s: ", s0
    EXEC "execve s: ", name_s
    EXEC "execve t: ", name_t
    EXEC "execve sbin: ", name_sbin
    EXEC "execve a missing file: ", name_missing
    EXEC "execve t/x: ", name_t_x
    EXEC "execve init (not in this directory): ", name_init
    la a0, name_sbin
    SC chdir
    PRINT_VALUE "chdir sbin: ", a0
    call fork
    bnez a0, exec_parent
    la a0, name_init                    # the child: init by a relative path, with an argument
    la a1, child_argv
    li a2, 0
    SC execve
    PRINT_VALUE "[system] execve init: ", a0
    li a0, 1
    SC exit
exec_parent:
    call wait_child
    PRINT_VALUE "[system] the child's status: ", a0
    la a0, name_dotdot
    SC chdir
    PRINT_VALUE "chdir ..: ", a0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# links: symbolic links made, read and followed.
links:
    addi sp, sp, -16
    sw ra, 12(sp)
    SYMLINK "symlink lt to t: ", name_t, name_lt
    SYMLINK "symlink lt again: ", name_t, name_lt
    SYMLINK "symlink with an empty target: ", empty, name_le
    SYMLINK "symlink in a missing directory: ", name_t, name_missing_x
    READLINK "readlink lt: ", name_lt, 64
    READLINK "readlink lt into 0 bytes: ", name_lt, 0
    READLINK "readlink t: ", name_t, 64
    READLINK "readlink a missing file: ", name_missing, 64
    OPEN "open lt: ", name_lt, O_RDONLY
    mv s0, s11
    READ "read lt: ", s0
    STAT "lt", s0
    CLOSE "close lt: ", s0
    li a0, AT_FDCWD                     # the link itself
    la a1, name_lt
    li a2, AT_SYMLINK_NOFOLLOW
    li a3, 0x7ff
    la a4, statbuf
    SC statx
    PRINT_VALUE "statx lt, not followed: ", a0
    lw t0, statbuf + STX_SIZE
    PRINT_VALUE "its size: ", t0
    lhu t0, statbuf + STX_MODE
    PRINT_VALUE "its mode: ", t0
    lw t0, statbuf + STX_BLOCKS
    PRINT_VALUE "[ext2] its blocks: ", t0
    OPEN "open lt with O_NOFOLLOW: ", name_lt, O_RDONLY | O_NOFOLLOW
    SYMLINK "symlink ls to sbin: ", name_sbin, name_ls
    OPEN "open ls/init: ", name_ls_init, O_RDONLY
    CLOSE "close it: ", s11
    OPEN "open ls/: ", name_ls_slash, O_RDONLY | O_DIRECTORY
    CLOSE "close it: ", s11
    OPEN "open lt/: ", name_lt_slash, O_RDONLY
    SYMLINK "symlink la to sbin/../t: ", name_rel, name_la
    READ_FILE "read la: ", name_la
    SYMLINK "symlink labs to /sbin/../t: ", name_abs, name_labs
    li a0, AT_FDCWD                     # absolute: the host's root under qemu-riscv32
    la a1, name_labs
    li a2, 0
    li a3, 0x7ff
    la a4, statbuf
    SC statx
    PRINT_VALUE "[system] statx labs: ", a0
    lw t0, statbuf + STX_SIZE
    PRINT_VALUE "[system] its size: ", t0
    SYMLINK "symlink lchain to ls/../la: ", name_chain_target, name_lchain
    READ_FILE "read lchain: ", name_lchain
    SYMLINK "symlink loop1 to loop2: ", name_loop2, name_loop1
    SYMLINK "symlink loop2 to loop1: ", name_loop1, name_loop2
    OPEN "open loop1: ", name_loop1, O_RDONLY
    SYMLINK "symlink dangling to nowhere: ", name_missing, name_dangling
    OPEN "open dangling: ", name_dangling, O_RDONLY
    SYMLINK "symlink llong to a 100-byte target: ", name_long, name_llong
    READLINK "readlink llong: ", name_llong, 200
    la a0, name_ls
    SC chdir
    PRINT_VALUE "chdir ls: ", a0
    OPEN "open init: ", name_init, O_RDONLY
    CLOSE "close it: ", s11
    la a0, name_dotdot
    SC chdir
    PRINT_VALUE "chdir ..: ", a0
    li a0, AT_FDCWD
    la a1, name_lt
    li a2, 0
    SC unlinkat
    PRINT_VALUE "unlink lt: ", a0
    READ_FILE "read t: ", name_t
    TRUNC "truncate la to 3: ", name_la, 3, 0
    READ_FILE "read t: ", name_t
    call chain
    PRINT_VALUE "symlink c00 to t, cNN to the one before, up to c40: ", a0
    OPEN "open c39 (40 links): ", name_c39, O_RDONLY
    CLOSE "close it: ", s11
    OPEN "open c40 (41 links): ", name_c40, O_RDONLY
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# chain: symbolic links c00 -> t, c01 -> c00, ... c40 -> c39. Returns a0 = 0, or the first
# error of symlinkat.
chain:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    li s0, 0                            # s0: the link made
1:  mv a0, s0
    la a1, chain_name
    call link_name
    la a0, name_t
    beqz s0, 2f
    addi a0, s0, -1
    la a1, chain_prev
    call link_name
    la a0, chain_prev
2:  li a1, AT_FDCWD
    la a2, chain_name
    SC symlinkat
    bnez a0, 3f
    addi s0, s0, 1
    li t0, 40
    bleu s0, t0, 1b
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# link_name: a0 = a number below 100, a1 = 4 bytes: "cNN" and a NUL there. Clobbers t0, t1.
link_name:
    li t0, 'c'
    sb t0, 0(a1)
    li t0, 10
    divu t1, a0, t0
    addi t1, t1, '0'
    sb t1, 1(a1)
    remu t1, a0, t0
    addi t1, t1, '0'
    sb t1, 2(a1)
    sb zero, 3(a1)
    ret

# fork: clone(SIGCHLD). Returns a0 = 0 in the child, the child's pid in the parent.
fork:
    li a0, SIGCHLD
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li a7, SYS_clone
    ecall
    ret

# wait_child: waitid(P_ALL, 0, &info, WEXITED). Returns a0 = the child's exit status, or the
# error.
wait_child:
    li a0, P_ALL
    li a1, 0
    la a2, info
    li a3, WEXITED
    li a4, 0
    li a7, SYS_waitid
    ecall
    bnez a0, 1f
    lw a0, info + SI_STATUS
1:  ret

# stat_fd: a0 = a descriptor. statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, statbuf).
# Returns statx's result. Clobbers a0..a7.
stat_fd:
    la a1, empty
    li a2, AT_EMPTY_PATH
    li a3, 0x7ff
    la a4, statbuf
    li a7, SYS_statx
    ecall
    ret

# show_buf: a0 = a count. When it is positive, prints that many bytes of buf between brackets.
show_buf:
    blez a0, 1f
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a0, 8(sp)
    la a0, open_bracket
    call puts
    li a0, 1
    la a1, buf
    lw a2, 8(sp)
    SC write
    la a0, close_bracket
    call puts
    lw ra, 12(sp)
    addi sp, sp, 16
1:  ret

# show_read: a0 = a descriptor. Reads up to 64 bytes from its position and prints them between
# brackets, a zero byte as '0'. Returns a0 = the read's result.
show_read:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s1, 4(sp)
    la a1, buf
    li a2, 64
    SC read
    mv s1, a0
    blez s1, 9f
    la t0, buf                          # zeros (a hole) printed as '0'
    add t1, t0, s1
1:  lbu t2, 0(t0)
    bnez t2, 2f
    li t2, '0'
    sb t2, 0(t0)
2:  addi t0, t0, 1
    bltu t0, t1, 1b
    la a0, open_bracket
    call puts
    li a0, 1
    la a1, buf
    mv a2, s1
    SC write
    la a0, close_bracket
    call puts
9:  mv a0, s1
    lw ra, 12(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# write_str: a0 = a descriptor, a1 = a NUL-terminated string. Returns write's result for the
# string without its NUL. Clobbers a0..a2, a7, t0.
write_str:
    li a2, 0
1:  add t0, a1, a2
    lbu t0, 0(t0)
    beqz t0, 2f
    addi a2, a2, 1
    j 1b
2:  li a7, SYS_write
    ecall
    ret

    .include "print.inc"

    .section .rodata
empty:          .asciz ""
open_bracket:   .asciz "["
close_bracket:  .asciz "]\n"
execd:          .asciz "[system] init, run by a relative path with an argument\n"
name_o:         .asciz "o"
name_p:         .asciz "p"
name_q:         .asciz "q"
name_r1:        .asciz "r1"
name_r2:        .asciz "r2"
name_r3:        .asciz "r3"
name_t:         .asciz "t"
name_t_x:       .asciz "t/x"
name_u:         .asciz "u"
name_ud:        .asciz "ud"
name_s:         .asciz "s"
name_sbin:      .asciz "sbin"
name_init:      .asciz "init"
name_dotdot:    .asciz ".."
name_missing:   .asciz "missing"
name_child:     .asciz "child"
name_lt:        .asciz "lt"
name_c39:       .asciz "c39"
name_c40:       .asciz "c40"
name_le:        .asciz "le"
name_missing_x: .asciz "missing/x"
name_ls:        .asciz "ls"
name_ls_init:   .asciz "ls/init"
name_ls_slash:  .asciz "ls/"
name_lt_slash:  .asciz "lt/"
name_la:        .asciz "la"
name_abs:       .asciz "/sbin/../t"
name_rel:       .asciz "sbin/../t"
name_labs:      .asciz "labs"
name_lchain:    .asciz "lchain"
name_chain_target: .asciz "ls/../la"
name_loop1:     .asciz "loop1"
name_loop2:     .asciz "loop2"
name_dangling:  .asciz "dangling"
name_llong:     .asciz "llong"
name_long:      .asciz "a123456789/b123456789/c123456789/d123456789/e123456789/f123456789/g123456789/h123456789/i123456789/j"

    .section .data
    .balign 4
exec_argv:      .word 0, 0
child_argv:     .word name_init, name_child, 0

    .section .bss
    .balign 8
statbuf:        .space 256
info:           .space 128
scratch:        .space 8
pipe_fds:       .space 8
buf:            .space 200
chain_name:     .space 4
chain_prev:     .space 4
