# files.S: descriptors, ext2 files and pipes from user space, run as /sbin/init from an ext2
# image by FilesTest: openat, read, _llseek, close, dup, dup3, fcntl64, getdents64, chdir and
# pipe2, the errors Linux gives for each, descriptors shared by fork and closed at execve by
# FD_CLOEXEC, a reader that waits for its writer, a writer that waits for its reader, and
# SIGPIPE. Run as "init check" (by its own execve) it reports which descriptors it was given.
# Paths are relative (the current directory is the root) and the output is one line a result.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"
    .equ BIG,           10000           # more than a pipe holds on Strata

# OPEN label, path, flags: openat(AT_FDCWD, path, flags, 0), shown.
    .macro OPEN label, path, flags
    li a0, AT_FDCWD
    la a1, \path
    li a2, \flags
    li a3, 0
    SC openat
    PRINT_VALUE "\label", a0
    .endm

# FCNTL label, fd, cmd, arg: fcntl64, shown.
    .macro FCNTL label, fd, cmd, arg
    li a0, \fd
    li a1, \cmd
    li a2, \arg
    SC fcntl64
    PRINT_VALUE "\label", a0
    .endm

# READ label, fd, count: read into buf, shown, and what came printed between brackets.
    .macro READ label, fd, count
    li a0, \fd
    la a1, buf
    li a2, \count
    SC read
    PRINT_VALUE "\label", a0
    mv a0, s11
    call show_buf
    .endm

# STATX label, dirfd, path, flags: statx into buf, shown; when it worked, the fields that do
# not depend on when the image was made.
    .macro STATX label, dirfd, path, flags
    li a0, \dirfd
    la a1, \path
    li a2, \flags
    li a3, 0x7ff
    la a4, buf
    SC statx
    PRINT_VALUE "\label", a0
    bnez s11, 1f
    call show_statx
1:
    .endm

# GETCWD label, size: getcwd into buf, shown, and the path when it worked.
    .macro GETCWD label, size
    la a0, buf
    li a1, \size
    SC getcwd
    PRINT_VALUE "\label", a0
    blez s11, 1f
    la a0, buf
    call puts
    call newline
1:
    .endm

    .text
    .globl _start
_start:
    lw t0, 0(sp)                        # argc
    li t1, 2
    beq t0, t1, check

    OPEN "open etc/motd: ", motd, O_RDONLY
    READ "read 100: ", 3, 100
    READ "read at the end: ", 3, 100
    li a0, 3
    li a1, 0
    li a2, 2
    la a3, pos
    li a4, SEEK_SET
    SC llseek
    PRINT_VALUE "llseek to 2: ", a0
    READ "read 5: ", 3, 5
    li a0, 3
    li a1, 0
    li a2, 0
    la a3, pos
    li a4, SEEK_END
    SC llseek
    lw t0, pos
    PRINT_VALUE "llseek to the end: ", t0
    li a0, 3
    li a1, -1
    li a2, -100
    la a3, pos
    li a4, SEEK_CUR
    SC llseek
    PRINT_VALUE "llseek before the start: ", a0
    li a0, 3
    li a1, 0
    li a2, 0
    la a3, pos
    li a4, 3
    SC llseek
    PRINT_VALUE "llseek whence 3: ", a0
    li a0, 3
    li a1, 0
    li a2, 0
    li a3, 0x80000000
    li a4, SEEK_SET
    SC llseek
    PRINT_VALUE "llseek to a kernel result: ", a0
    li a0, 1
    li a1, 0
    li a2, 0
    la a3, pos
    li a4, SEEK_SET
    SC llseek
    PRINT_VALUE "llseek on the console: ", a0

    li a0, 3
    SC dup
    PRINT_VALUE "dup: ", a0
    READ "read 3 from the dup: ", 4, 3
    READ "read 3 from the first: ", 3, 3
    li a0, 3
    SC close
    PRINT_VALUE "close: ", a0
    li a0, 3
    SC close
    PRINT_VALUE "close again: ", a0
    READ "read a closed fd: ", 3, 3
    li a0, 99
    SC close
    PRINT_VALUE "close 99: ", a0
    li a0, -1
    SC close
    PRINT_VALUE "close -1: ", a0
    READ "read the dup on: ", 4, 4

    FCNTL "F_DUPFD 10: ", 4, F_DUPFD, 10
    FCNTL "F_GETFD of it: ", 10, F_GETFD, 0
    FCNTL "F_DUPFD_CLOEXEC 10: ", 4, F_DUPFD_CLOEXEC, 10
    FCNTL "F_GETFD of it: ", 11, F_GETFD, 0
    FCNTL "F_SETFD 0: ", 11, F_SETFD, 0
    FCNTL "F_GETFD again: ", 11, F_GETFD, 0
    FCNTL "F_GETFL: ", 4, F_GETFL, 0
    FCNTL "F_DUPFD 40: ", 4, F_DUPFD, 40
    FCNTL "fcntl cmd 99: ", 4, 99, 0
    FCNTL "fcntl of fd 50: ", 50, F_GETFD, 0

    li a0, 4
    li a1, 4
    li a2, 0
    SC dup3
    PRINT_VALUE "dup3 onto itself: ", a0
    li a0, 4
    li a1, 20
    li a2, O_CLOEXEC
    SC dup3
    PRINT_VALUE "dup3 to 20, O_CLOEXEC: ", a0
    FCNTL "F_GETFD of 20: ", 20, F_GETFD, 0
    li a0, 4
    li a1, 40
    li a2, 0
    SC dup3
    PRINT_VALUE "dup3 to 40: ", a0
    li a0, 4
    li a1, 5
    li a2, 1
    SC dup3
    PRINT_VALUE "dup3 flags 1: ", a0
    li a0, 30
    li a1, 5
    li a2, 0
    SC dup3
    PRINT_VALUE "dup3 from a closed fd: ", a0
    li a0, 10
    li a1, 11
    li a2, 0
    SC dup3
    PRINT_VALUE "dup3 over an open fd: ", a0

    OPEN "open a missing file: ", missing, O_RDONLY
    OPEN "open through a file: ", through_file, O_RDONLY
    OPEN "open a directory to write: ", etc, O_WRONLY
    OPEN "create an existing file exclusively: ", motd, O_WRONLY | O_CREAT | O_EXCL
    OPEN "open a file as a directory: ", motd, O_DIRECTORY
    OPEN "open an empty path: ", empty, O_RDONLY
    OPEN "open a path too long: ", long_path, O_RDONLY
    li a0, AT_FDCWD
    li a1, 0x80001000
    li a2, O_RDONLY
    SC openat
    PRINT_VALUE "open a kernel path: ", a0
    li a0, 25
    la a1, motd
    li a2, O_RDONLY
    SC openat
    PRINT_VALUE "open relative to a closed fd: ", a0
    li a0, 4
    la a1, motd
    li a2, O_RDONLY
    SC openat
    PRINT_VALUE "open relative to a file: ", a0
    li a0, 25
    la a1, absolute_motd
    li a2, O_RDONLY
    SC openat
    PRINT_VALUE "open an absolute path, dirfd closed: ", a0
    READ "read it: ", 3, 5
    li a0, 3
    SC close

    OPEN "open etc: ", etc, O_RDONLY | O_DIRECTORY
    READ "read a directory: ", 3, 10
    li a0, 3
    la a1, motd_in_etc
    li a2, O_RDONLY
    SC openat
    PRINT_VALUE "open motd in it: ", a0
    READ "read it: ", 5, 5
    li a0, 5
    la a1, buf
    li a2, 4
    SC write
    PRINT_VALUE "write a file open to read: ", a0
    li a0, 5
    li a1, 0x80000000
    li a2, 4
    SC read
    PRINT_VALUE "read into the kernel: ", a0
    li a0, 5
    li a1, 0
    li a2, 0
    SC read
    PRINT_VALUE "read 0 bytes: ", a0
    li a0, 5
    SC close
    li a0, 3
    SC close

    OPEN "open the root: ", dot, O_RDONLY | O_DIRECTORY
    li a0, 3
    la a1, buf
    li a2, 8
    SC getdents64
    PRINT_VALUE "getdents64 into 8 bytes: ", a0
    li a0, 4
    la a1, buf
    li a2, 256
    SC getdents64
    PRINT_VALUE "getdents64 of a file: ", a0
    li a0, 3
    li a1, 0x80000000
    li a2, 256
    SC getdents64
    PRINT_VALUE "getdents64 into the kernel: ", a0
21: li a0, 3
    la a1, buf
    li a2, 100
    SC getdents64
    PRINT_VALUE "getdents64: ", a0
    blez s11, 23f
    la s0, buf
    add s1, s0, s11
22: addi a0, s0, D_NAME
    call puts
    la a0, type_is
    call puts
    lbu a0, D_TYPE(s0)
    call putd
    call newline
    lhu t0, D_RECLEN(s0)
    add s0, s0, t0
    bltu s0, s1, 22b
    j 21b
23: li a0, 3
    SC close

    la a0, etc
    SC chdir
    PRINT_VALUE "chdir etc: ", a0
    OPEN "open motd: ", motd_in_etc, O_RDONLY
    READ "read it: ", 3, 5
    li a0, 3
    SC close
    la a0, motd_in_etc
    SC chdir
    PRINT_VALUE "chdir to a file: ", a0
    la a0, missing
    SC chdir
    PRINT_VALUE "chdir to a missing directory: ", a0
    li a0, 0x80000000
    SC chdir
    PRINT_VALUE "chdir to a kernel path: ", a0
    la a0, dotdot
    SC chdir
    PRINT_VALUE "chdir ..: ", a0
    GETCWD "getcwd at the root: ", 100
    la a0, deep
    SC chdir
    PRINT_VALUE "chdir etc/deep/er: ", a0
    GETCWD "getcwd: ", 100
    GETCWD "getcwd into 13 bytes: ", 13
    GETCWD "getcwd into 12 bytes: ", 12
    li a0, 0x80000000
    li a1, 100
    SC getcwd
    PRINT_VALUE "getcwd into the kernel: ", a0
    la a0, absolute_root
    SC chdir
    PRINT_VALUE "chdir /: ", a0

    STATX "statx etc/motd: ", AT_FDCWD, motd, 0
    STATX "statx etc: ", AT_FDCWD, etc, 0
    STATX "statx the root: ", AT_FDCWD, absolute_root, 0
    STATX "statx fd 4, AT_EMPTY_PATH: ", 4, empty, AT_EMPTY_PATH
    STATX "statx fd 1, AT_EMPTY_PATH: ", 1, empty, AT_EMPTY_PATH
    STATX "statx fd 30, AT_EMPTY_PATH: ", 30, empty, AT_EMPTY_PATH
    STATX "statx a missing file: ", AT_FDCWD, missing, 0
    STATX "statx an empty path: ", AT_FDCWD, empty, 0
    STATX "statx flags 1: ", AT_FDCWD, motd, 1
    li a0, AT_FDCWD
    la a1, motd
    li a2, 0
    li a3, 0x7ff
    li a4, 0x80000000
    SC statx
    PRINT_VALUE "statx into the kernel: ", a0

    li a0, 1
    li a1, TCGETS
    la a2, buf
    SC ioctl
    PRINT_VALUE "TCGETS on the console: ", a0
    lw t0, buf + 4
    PRINT_VALUE "c_oflag: ", t0
    lw t0, buf + 8
    PRINT_VALUE "c_cflag: ", t0
    lw t0, buf + 0
    PRINT_VALUE "c_iflag: ", t0
    lw t0, buf + 12
    PRINT_VALUE "c_lflag: ", t0
    lbu t0, buf + 17
    PRINT_VALUE "VINTR: ", t0
    li a0, 1
    li a1, TIOCGWINSZ
    la a2, buf
    SC ioctl
    PRINT_VALUE "TIOCGWINSZ: ", a0
    lhu t0, buf
    PRINT_VALUE "ws_row: ", t0
    lhu t0, buf + 2
    PRINT_VALUE "ws_col: ", t0
    li a0, 4
    li a1, TCGETS
    la a2, buf
    SC ioctl
    PRINT_VALUE "TCGETS on a file: ", a0
    li a0, 1
    li a1, 0x5402
    la a2, buf
    SC ioctl
    PRINT_VALUE "TCSETS on the console: ", a0
    li a0, 1
    li a1, TCGETS
    li a2, 0x80000000
    SC ioctl
    PRINT_VALUE "TCGETS into the kernel: ", a0
    li a0, 40
    li a1, TCGETS
    la a2, buf
    SC ioctl
    PRINT_VALUE "TCGETS on fd 40: ", a0
    OPEN "open etc/motd again: ", motd, O_RDONLY

    li a0, SIGCHLD                      # fork shares the description: the child reads 4 bytes,
                                        # the parent then reads on after them
    li a1, 0
    SC clone
    bnez a0, 4f
    READ "child reads: ", 3, 4
    li a0, 0
    SC exit
4:  call wait_child
    READ "parent reads on: ", 3, 4

    la a0, fds
    li a1, 0
    SC pipe2
    PRINT_VALUE "pipe2: ", a0
    lw s0, fds
    lw s1, fds + 4
    PRINT_VALUE "read end: ", s0
    PRINT_VALUE "write end: ", s1
    li a0, SIGCHLD
    li a1, 0
    SC clone
    bnez a0, 5f
    mv a0, s0                           # the child writes the pipe, waiting until the parent
    SC close                            # has read its BIG bytes
    la s2, big
    li s3, BIG
6:  mv a0, s1
    mv a1, s2
    mv a2, s3
    SC write
    blez a0, 7f
    add s2, s2, a0
    sub s3, s3, a0
    bnez s3, 6b
7:  mv a0, s3
    SC exit
5:  mv a0, s1
    SC close
    li s2, 0                            # the parent reads until the end of the file
8:  mv a0, s0
    la a1, buf
    li a2, 300
    SC read
    blez a0, 9f
    add s2, s2, a0
    j 8b
9:  PRINT_VALUE "the last read: ", a0
    PRINT_VALUE "bytes through the pipe: ", s2
    call wait_child
    mv a0, s0
    SC close

    la a0, fds
    li a1, 0
    SC pipe2
    lw a0, fds
    SC close
    li a0, SIGCHLD
    li a1, 0
    SC clone
    bnez a0, 10f
    lw a0, fds + 4
    la a1, big
    li a2, 1
    SC write
    PRINT_VALUE "write without a reader returned: ", a0
    li a0, 0
    SC exit
10: call wait_child
    lw a0, fds + 4
    SC close

    la a0, fds
    li a1, O_CLOEXEC
    SC pipe2
    lw a0, fds
    li a1, F_GETFD
    SC fcntl64
    PRINT_VALUE "pipe2 O_CLOEXEC, F_GETFD: ", a0
    lw a0, fds
    SC close
    lw a0, fds + 4
    SC close
    la a0, fds
    li a1, 1
    SC pipe2
    PRINT_VALUE "pipe2 flags 1: ", a0
    li a0, 0x80000000
    li a1, 0
    SC pipe2
    PRINT_VALUE "pipe2 into the kernel: ", a0
    la a0, fds
    li a1, 0
    SC pipe2
    lw a0, fds
    la a1, buf
    li a2, 1
    SC write
    PRINT_VALUE "write the read end: ", a0
    lw a0, fds + 4
    la a1, buf
    li a2, 1
    SC read
    PRINT_VALUE "read the write end: ", a0
    lw a0, fds
    SC close
    lw a0, fds + 4
    SC close

    la s0, buf                          # dup until the table is full, then close them
11: li a0, 0
    SC dup
    bltz a0, 12f
    sw a0, 0(s0)
    addi s0, s0, 4
    j 11b
12: PRINT_VALUE "dup when full: ", a0
    la t0, buf
    sub s1, s0, t0
    srli s1, s1, 2
    PRINT_VALUE "dups made: ", s1
13: la t0, buf
    beq s0, t0, 14f
    addi s0, s0, -4
    lw a0, 0(s0)
    SC close
    j 13b
14:
    li a0, SIGCHLD                      # a child keeps 10 (no FD_CLOEXEC) through execve, not 20
    li a1, 0
    SC clone
    bnez a0, 15f
    la a0, self
    la a1, check_argv
    li a2, 0
    SC execve
    PRINT_VALUE "execve: ", a0
    li a0, 1
    SC exit
15: call wait_child
    li a0, 0
    SC exit

# check: run by execve with a second argument: which descriptors came through.
check:
    FCNTL "after execve, F_GETFD of 10: ", 10, F_GETFD, 0
    FCNTL "after execve, F_GETFD of 20: ", 20, F_GETFD, 0
    READ "after execve, read 10: ", 10, 4
    li a0, 0
    SC exit

# wait_child: waits for any child and prints how it ended. Clobbers the caller-saved registers.
wait_child:
    addi sp, sp, -16
    sw ra, 12(sp)
    li a0, 0
    li a1, 0
    la a2, info
    li a3, WEXITED
    li a4, 0
    SC waitid
    lw t0, info + SI_CODE
    PRINT_VALUE "child ended, si_code: ", t0
    lw t0, info + SI_STATUS
    PRINT_VALUE "child ended, si_status: ", t0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# show_statx: prints the fields of the struct statx in buf that do not depend on the day.
# Clobbers the caller-saved registers.
show_statx:
    addi sp, sp, -16
    sw ra, 12(sp)
    lw t0, buf + 0
    PRINT_VALUE "  stx_mask: ", t0
    lw t0, buf + 4
    PRINT_VALUE "  stx_blksize: ", t0
    lw t0, buf + 16
    PRINT_VALUE "  stx_nlink: ", t0
    lw t0, buf + 20
    PRINT_VALUE "  stx_uid: ", t0
    lhu t0, buf + 28
    PRINT_VALUE "  stx_mode: ", t0
    lw t0, buf + 32
    PRINT_VALUE "  stx_ino: ", t0
    lw t0, buf + 40
    PRINT_VALUE "  stx_size: ", t0
    lw t0, buf + 48
    PRINT_VALUE "  stx_blocks: ", t0
    lw t0, buf + 56
    PRINT_VALUE "  stx_attributes_mask: ", t0
    lw t0, buf + 112
    snez t0, t0
    PRINT_VALUE "  stx_mtime set: ", t0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# show_buf: a0 = a read's result. When positive, prints that many bytes of buf between
# brackets (a newline after). Clobbers the caller-saved registers.
show_buf:
    blez a0, 1f
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a0, 8(sp)
    la a0, open_bracket
    call puts
    lw a2, 8(sp)
    li a0, 1
    la a1, buf
    SC write
    la a0, close_bracket
    call puts
    lw ra, 12(sp)
    addi sp, sp, 16
1:  ret

    .include "print.inc"

    .section .rodata
open_bracket:   .asciz "["
close_bracket:  .asciz "]\n"
type_is:        .asciz " type "
motd:           .asciz "etc/motd"
absolute_motd:  .asciz "/etc/motd"
motd_in_etc:    .asciz "motd"
through_file:   .asciz "etc/motd/x"
missing:        .asciz "missing"
etc:            .asciz "etc"
dot:            .asciz "."
dotdot:         .asciz ".."
deep:           .asciz "etc/deep/er"
absolute_root:  .asciz "/"
empty:          .asciz ""
self:           .asciz "/sbin/init"
arg0:           .asciz "init"
arg1:           .asciz "check"
long_path:      .fill 5000, 1, 'a'
                .byte 0
    .balign 4
check_argv:     .word arg0, arg1, 0

    .section .data
big:            .fill BIG, 1, 'x'

    .section .bss
    .balign 8
pos:            .space 8
fds:            .space 8
info:           .space 128
buf:            .space 512
