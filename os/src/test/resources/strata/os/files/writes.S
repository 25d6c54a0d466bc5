# writes.S: writing ext2 files through the system calls, run as /sbin/init by WritesTest: openat
# with O_CREAT, O_EXCL, O_TRUNC and O_APPEND, write, two descriptions of one file, mkdirat,
# unlinkat (with and without AT_REMOVEDIR), renameat2 (0 and RENAME_NOREPLACE), the errors Linux
# gives for each, and a thousand files in ten directories (m/dD/NN holding "m/dD/NN\n").
# Paths are relative (the current directory is the root); one line a result. The test then
# reads the image with e2fsck and debugfs.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"
    .equ DIRS,          10
    .equ FILES,         100             # in each directory

# OPEN label, path, flags, mode: openat(AT_FDCWD, path, flags, mode), shown.
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

# CLOSE fd: close(fd).
    .macro CLOSE fd
    mv a0, \fd
    SC close
    .endm

# SHOWFILE label, path: the file's first 64 bytes between brackets (the read's result shown).
    .macro SHOWFILE label, path
    la a0, \path
    call show_file
    PRINT_VALUE "\label", a0
    .endm

# MKDIR label, path / UNLINK label, path, flags / RENAME label, old, new, flags: shown.
    .macro MKDIR label, path
    li a0, AT_FDCWD
    la a1, \path
    li a2, 0755
    SC mkdirat
    PRINT_VALUE "\label", a0
    .endm
    .macro UNLINK label, path, flags
    li a0, AT_FDCWD
    la a1, \path
    li a2, \flags
    SC unlinkat
    PRINT_VALUE "\label", a0
    .endm
    .macro RENAME label, old, new, flags
    li a0, AT_FDCWD
    la a1, \old
    li a2, AT_FDCWD
    la a3, \new
    li a4, \flags
    SC renameat2
    PRINT_VALUE "\label", a0
    .endm

    .text
    .globl _start
_start:
    OPEN "create a: ", name_a, O_WRONLY | O_CREAT
    mv s0, s11
    WRITE "write a: ", s0, "hello\n"
    CLOSE s0
    OPEN "create a exclusively: ", name_a, O_WRONLY | O_CREAT | O_EXCL
    OPEN "open a to append: ", name_a, O_WRONLY | O_APPEND
    mv s0, s11
    WRITE "append to a: ", s0, "world\n"
    CLOSE s0
    SHOWFILE "read a: ", name_a
    OPEN "write to a read-only a: ", name_a, O_RDONLY
    mv s0, s11
    WRITE "  the write: ", s0, "x"
    CLOSE s0

    OPEN "create b: ", name_b, O_RDWR | O_CREAT | O_EXCL
    mv s0, s11
    WRITE "write b: ", s0, "0123456789"
    CLOSE s0
    OPEN "open b, truncating: ", name_b, O_WRONLY | O_TRUNC
    mv s0, s11
    WRITE "write b again: ", s0, "short\n"
    CLOSE s0
    SHOWFILE "read b: ", name_b

    OPEN "create c: ", name_c, O_RDWR | O_CREAT
    mv s0, s11
    OPEN "open c again: ", name_c, O_RDWR
    mv s1, s11
    WRITE "write c through the first: ", s0, "AAAA"
    WRITE "write c through the second: ", s1, "BB"
    WRITE "write c through the first: ", s0, "CCCC"
    OPEN "open c to append: ", name_c, O_WRONLY | O_APPEND
    mv s2, s11
    WRITE "append to c: ", s2, "DD\n"
    UNLINK "unlink c while open: ", name_c, 0
    CLOSE s0
    CLOSE s1
    CLOSE s2
    SHOWFILE "read c: ", name_c

    MKDIR "mkdir d: ", name_d
    MKDIR "mkdir d again: ", name_d
    MKDIR "mkdir d/e: ", name_de
    MKDIR "mkdir in a missing directory: ", name_missing_x
    MKDIR "mkdir under a file: ", name_a_x
    RENAME "rename a to d/e/a2: ", name_a, name_dea2, 0
    SHOWFILE "read d/e/a2: ", name_dea2
    SHOWFILE "read a: ", name_a
    RENAME "rename b onto c, no replace: ", name_b, name_c, RENAME_NOREPLACE
    RENAME "rename b onto c: ", name_b, name_c, 0
    SHOWFILE "read c: ", name_c
    RENAME "rename d into itself: ", name_d, name_de_d, 0
    RENAME "rename with a bad flag: ", name_c, name_b, 4
    UNLINK "unlink d: ", name_d, 0
    UNLINK "rmdir d: ", name_d, AT_REMOVEDIR
    UNLINK "rmdir c: ", name_c, AT_REMOVEDIR
    UNLINK "unlink with a bad flag: ", name_c, 1
    UNLINK "unlink a missing file: ", name_missing_x, 0
    MKDIR "mkdir gone: ", name_gone
    UNLINK "rmdir gone: ", name_gone, AT_REMOVEDIR
    UNLINK "unlink d/e/a2: ", name_dea2, 0
    UNLINK "rmdir d/e: ", name_de, AT_REMOVEDIR
    OPEN "open the removed d/e: ", name_de, O_RDONLY

    call many_files
    PRINT_VALUE "many files, the last result: ", a0
    SHOWFILE "read m/d9/99: ", name_last
    li a0, 0
    SC exit

# many_files: mkdir m, then DIRS directories m/dD each with FILES files NN holding their own
# path and a newline. Returns a0 = the last call's result, or the first error.
many_files:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    li a0, AT_FDCWD
    la a1, name_m
    li a2, 0755
    SC mkdirat
    bnez a0, 9f
    li s0, 0                            # s0: the directory
1:  la t0, many_path                    # "m/dD/NN\n"
    addi t1, s0, '0'
    sb t1, 3(t0)
    sb zero, 4(t0)
    li a0, AT_FDCWD
    mv a1, t0
    li a2, 0755
    SC mkdirat
    bnez a0, 9f
    li t0, '/'
    la t1, many_path
    sb t0, 4(t1)
    li s1, 0                            # s1: the file
2:  la t0, many_path
    li t1, 10
    divu t2, s1, t1
    addi t2, t2, '0'
    sb t2, 5(t0)
    remu t2, s1, t1
    addi t2, t2, '0'
    sb t2, 6(t0)
    sb zero, 7(t0)
    li a0, AT_FDCWD
    mv a1, t0
    li a2, O_WRONLY | O_CREAT | O_EXCL
    li a3, 0644
    SC openat
    bltz a0, 9f
    mv s2, a0
    la a1, many_path
    li t0, '\n'
    sb t0, 7(a1)
    li a2, 8
    SC write
    li t0, 8
    beq a0, t0, 3f
    bgez a0, 9f
    j 9f
3:  mv a0, s2
    SC close
    bnez a0, 9f
    addi s1, s1, 1
    li t0, FILES
    bltu s1, t0, 2b
    addi s0, s0, 1
    li t0, DIRS
    bltu s0, t0, 1b
9:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    addi sp, sp, 32
    ret

# show_file: a0 = a path. Prints the file's first 64 bytes between brackets. Returns a0 = the
# open's error, or the read's result.
show_file:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv a1, a0
    li a0, AT_FDCWD
    li a2, O_RDONLY
    li a3, 0
    SC openat
    mv s1, a0
    bltz a0, 9f
    mv s0, a0
    la a1, buf
    li a2, 64
    SC read
    mv s1, a0
    mv a0, s0
    SC close
    blez s1, 9f
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
    lw s0, 8(sp)
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
open_bracket:   .asciz "["
close_bracket:  .asciz "]\n"
name_a:         .asciz "a"
name_b:         .asciz "b"
name_c:         .asciz "c"
name_d:         .asciz "d"
name_de:        .asciz "d/e"
name_de_d:      .asciz "d/e/d"
name_dea2:      .asciz "d/e/a2"
name_gone:      .asciz "gone/"
name_missing_x: .asciz "missing/x"
name_a_x:       .asciz "a/x"
name_m:         .asciz "m"
name_last:      .asciz "m/d9/99"

    .section .data
many_path:      .ascii "m/d0/00\n"

    .section .bss
    .balign 4
buf:            .space 64
