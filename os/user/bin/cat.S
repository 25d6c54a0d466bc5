# cat.S: /bin/cat [FILE...]: each file's bytes in turn on standard output; standard input when
# there is no file or the file is "-". A file that cannot be opened or read is reported
# (`cat: FILE: No such file or directory`) and the rest are still copied; the exit status is 1
# if any failed, as GNU cat does.

    .include "runtime.inc"

.equ CHUNK, 4096

    .bss
    .balign 4
buffer:
    .zero CHUNK

    .section .rodata
dash:           .asciz "-"
write_failed:   .asciz "%s: write error: %s\n"

    .text
# main(a0 argc, a1 argv) -> a0: the exit status.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    addi s0, a1, 4              # the next file name
    li s1, 0                    # the exit status
    li t0, 1
    bne a0, t0, 1f
    la s0, no_files             # no names: read standard input, as if "-" was given
1:  lw s2, 0(s0)
    beqz s2, 4f
    addi s0, s0, 4
    mv a0, s2
    la a1, dash
    call strcmp
    beqz a0, 2f
    li a0, AT_FDCWD
    mv a1, s2
    li a2, O_RDONLY | O_CLOEXEC
    li a3, 0
    call openat
    bgez a0, 3f
    mv a1, a0
    mv a0, s2
    call error_path
    li s1, 1
    j 1b
2:  li a0, STDIN                # "-": standard input, left open for a later "-"
    mv a1, s2
    call copy
    or s1, s1, a0
    j 1b
3:  mv a1, s2
    mv s2, a0
    mv a0, s2
    call copy
    or s1, s1, a0
    mv a0, s2
    call close
    j 1b
4:  mv a0, s1
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size main, . - main

    .section .rodata
    .balign 4
no_files:
    .word dash, 0
    .text

# copy(a0 fd, a1 name) -> a0: 0, or 1 after printing why reading fd or writing standard output
# failed. Clobbers a-, t-registers. May sleep.
    .type copy, @function
copy:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    mv s1, a1
1:  mv a0, s0
    la a1, buffer
    li a2, CHUNK
    call read
    beqz a0, 4f
    bltz a0, 2f
    mv a2, a0
    li a0, STDOUT
    la a1, buffer
    call write_all
    bgez a0, 1b
    call strerror
    mv a3, a0
    la t0, progname
    lw a2, 0(t0)
    la a1, write_failed
    li a0, STDERR
    call fdprintf
    j 3f
2:  mv a1, a0
    mv a0, s1
    call error_path
3:  li a0, 1
    j 5f
4:  li a0, 0
5:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size copy, . - copy
