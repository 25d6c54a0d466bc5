# ls.S: /bin/ls [-a1] [FILE...]: the names in each directory, one per line, sorted by bytes as
# `LC_ALL=C ls -1` sorts them, leaving out names that start with "." unless -a is given.
# As GNU ls: operands that are not directories are listed first (their names, sorted), then
# each directory, under a "DIR:" header when there was more than one operand, with a blank
# line between groups; an operand that does not exist is reported and the exit status is 2.
#
# A directory's names are gathered in a list of nodes taken from alloc, one per name:
#
#     node: | next | name bytes ... 0 |
#
# then copied into an array of pointers for sort_strings.
#
# Standard output goes through a buffer (`out`), written when it fills, before any message on
# standard error (so the two stay in order on a terminal) and at the end: a write per 4 KiB, not
# per name.

    .include "runtime.inc"

.equ N_NEXT, 0
.equ N_NAME, 4
.equ DIRENTS_SIZE, 4096
.equ OUT_SIZE, 4096

    .bss
    .balign 4
show_all:   .zero 4             # -a was given
status:     .zero 4             # the exit status so far
printed:    .zero 4             # something was listed: the next directory starts with a blank line
statbuf:    .zero SIZEOF_STATX
dirents:    .zero DIRENTS_SIZE
out_fill:   .zero 4             # bytes waiting in out
out:        .zero OUT_SIZE

    .section .rodata
dot:            .asciz "."
dashdash:       .asciz "--"
header_end:     .asciz ":\n"
newline:        .asciz "\n"
write_error:    .asciz "%s: write error: %s\n"
cannot_access:  .asciz "%s: cannot access '%s': %s\n"
cannot_open:    .asciz "%s: cannot open directory '%s': %s\n"
cannot_read:    .asciz "%s: reading directory '%s': %s\n"
bad_option:     .asciz "%s: invalid option -- '%c'\nTry 'ls --help' for more information.\n"
no_memory:      .asciz "%s: memory exhausted\n"

    .text
# main(a0 argc, a1 argv) -> a0: 0, or 2 when an operand could not be listed.
#   s0 the next argument, s1 the operands, s2 how many, s3 files, s4 how many, s5 directories,
#   s6 how many, s7 no more options ("--" was seen).
    .globl main
    .type main, @function
main:
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
    addi s0, a1, 4
    slli s8, a0, 2              # room for every argument, or for "." when there are none
    mv a0, s8
    call alloc
    beqz a0, .Lout_of_memory
    mv s1, a0
    li s2, 0
    li s7, 0
.Larguments:
    lw t0, 0(s0)
    beqz t0, .Lclassify
    addi s0, s0, 4
    bnez s7, .Loperand
    lbu t1, 0(t0)
    li t2, '-'
    bne t1, t2, .Loperand
    lbu t1, 1(t0)
    beqz t1, .Loperand          # "-" alone is a file name
    mv s3, t0
    mv a0, t0
    la a1, dashdash
    call strcmp
    bnez a0, 1f
    li s7, 1
    j .Larguments
1:  addi s3, s3, 1              # the option letters
    lbu t1, 0(s3)
    beqz t1, .Larguments
    li t2, 'a'
    bne t1, t2, 2f
    la t0, show_all
    li t2, 1
    sw t2, 0(t0)
    j 1b
2:  li t2, '1'                  # one name per line: the only layout here
    beq t1, t2, 1b
    mv a3, t1
    la t0, progname
    lw a2, 0(t0)
    la a1, bad_option
    li a0, STDERR
    call fdprintf
    li a0, 2
    j .Lreturn
.Loperand:
    slli t1, s2, 2
    add t1, s1, t1
    sw t0, 0(t1)
    addi s2, s2, 1
    j .Larguments

.Lclassify:
    bnez s2, 1f
    la t0, dot
    sw t0, 0(s1)
    li s2, 1
1:  mv a0, s8
    call alloc
    beqz a0, .Lout_of_memory
    mv s3, a0
    li s4, 0
    mv a0, s8
    call alloc
    beqz a0, .Lout_of_memory
    mv s5, a0
    li s6, 0
    li s7, 0                    # the operand being looked at
2:  beq s7, s2, .Lfiles
    slli t0, s7, 2
    add t0, s1, t0
    lw s0, 0(t0)
    addi s7, s7, 1
    li a0, AT_FDCWD
    mv a1, s0
    li a2, 0
    li a3, STATX_TYPE
    la a4, statbuf
    call statx
    bltz a0, 4f
    la t0, statbuf
    lhu t0, STX_MODE(t0)
    li t1, S_IFMT
    and t0, t0, t1
    li t1, S_IFDIR
    beq t0, t1, 3f
    slli t0, s4, 2
    add t0, s3, t0
    sw s0, 0(t0)
    addi s4, s4, 1
    j 2b
3:  slli t0, s6, 2
    add t0, s5, t0
    sw s0, 0(t0)
    addi s6, s6, 1
    j 2b
4:  call strerror
    mv a4, a0
    mv a3, s0
    la t0, progname
    lw a2, 0(t0)
    la a1, cannot_access
    li a0, STDERR
    call fdprintf
    la t0, status
    li t1, 2
    sw t1, 0(t0)
    j 2b

.Lfiles:
    mv a0, s3
    mv a1, s4
    call sort_strings
    mv a0, s3
    mv a1, s4
    call print_names
    beqz s4, 1f
    la t0, printed
    li t1, 1
    sw t1, 0(t0)
1:  mv a0, s5
    mv a1, s6
    call sort_strings
    li s7, 0
2:  beq s7, s6, .Ldone
    slli t0, s7, 2
    add t0, s5, t0
    lw s0, 0(t0)
    addi s7, s7, 1
    la t0, printed
    lw t0, 0(t0)
    beqz t0, 3f
    la a0, newline
    call put
3:  li t0, 1
    beq s2, t0, 4f              # one operand: no header
    mv a0, s0
    call put
    la a0, header_end
    call put
4:  mv a0, s0
    call list_directory
    la t0, printed
    li t1, 1
    sw t1, 0(t0)
    j 2b

.Lout_of_memory:
    call flush
    la t0, progname
    lw a2, 0(t0)
    la a1, no_memory
    li a0, STDERR
    call fdprintf
    li a0, 2
    j .Lreturn
.Ldone:
    call flush
    la t0, status
    lw a0, 0(t0)
.Lreturn:
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
    addi sp, sp, 48
    ret
    .size main, . - main

# print_names(a0 array, a1 n): each of the n strings on its own line on standard output.
# Clobbers a-, t-registers. May sleep (write).
    .type print_names, @function
print_names:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    slli s1, a1, 2
    add s1, s0, s1              # the end of the array
1:  beq s0, s1, 2f
    lw a0, 0(s0)
    addi s0, s0, 4
    call put
    la a0, newline
    call put
    j 1b
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size print_names, . - print_names

# list_directory(a0 path): prints the directory's names, sorted; on failure prints why and sets
# the exit status to 2. Clobbers a-, t-registers. May sleep.
#   s0 path, s1 fd, s2 the list, s3 how many names, s4 the next record, s5 the end of the records.
    .type list_directory, @function
list_directory:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    sw s5, 4(sp)
    mv s0, a0
    li a0, AT_FDCWD
    mv a1, s0
    li a2, O_RDONLY | O_DIRECTORY | O_CLOEXEC
    li a3, 0
    call openat
    bgez a0, 1f
    la a1, cannot_open
    j .Lfailed
1:  mv s1, a0
    li s2, 0
    li s3, 0
.Lread:
    mv a0, s1
    la a1, dirents
    li a2, DIRENTS_SIZE
    call getdents64
    beqz a0, .Lsort
    bgez a0, 1f
    mv s2, a0                   # keep the error past close
    mv a0, s1
    call close
    mv a0, s2
    la a1, cannot_read
    j .Lfailed
1:  la s4, dirents
    add s5, s4, a0
.Lrecord:
    bgeu s4, s5, .Lread
    addi a0, s4, D_NAME
    lbu t0, 0(a0)
    li t1, '.'
    bne t0, t1, 1f
    la t1, show_all
    lw t1, 0(t1)
    beqz t1, 2f                 # hidden
1:  call strlen
    addi a0, a0, N_NAME + 1
    call alloc
    beqz a0, .Lexhausted
    sw s2, N_NEXT(a0)
    mv s2, a0
    addi s3, s3, 1
    addi a0, a0, N_NAME
    addi a1, s4, D_NAME
    call stpcpy
2:  lhu t0, D_RECLEN(s4)
    add s4, s4, t0
    j .Lrecord

.Lsort:
    mv a0, s1
    call close
    slli a0, s3, 2
    call alloc
    beqz a0, .Lexhausted
    mv s4, a0
    mv t0, s4                   # the list, newest first, into the array
    mv t1, s2
1:  beqz t1, 2f
    addi t2, t1, N_NAME
    sw t2, 0(t0)
    addi t0, t0, 4
    lw t1, N_NEXT(t1)
    j 1b
2:  mv a0, s4
    mv a1, s3
    call sort_strings
    mv a0, s4
    mv a1, s3
    call print_names
    j .Lreturn_list

.Lexhausted:
    call flush
    la t0, progname
    lw a2, 0(t0)
    la a1, no_memory
    li a0, STDERR
    call fdprintf
    j .Lstatus
# a0 -errno, a1 the message's format with the name, the path and the error's text
.Lfailed:
    mv s1, a1
    mv s2, a0
    call flush
    mv a0, s2
    call strerror
    mv a4, a0
    mv a3, s0
    la t0, progname
    lw a2, 0(t0)
    mv a1, s1
    li a0, STDERR
    call fdprintf
.Lstatus:
    la t0, status
    li t1, 2
    sw t1, 0(t0)
.Lreturn_list:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    lw s5, 4(sp)
    addi sp, sp, 32
    ret
    .size list_directory, . - list_directory

# put(a0 text): appends text to the output buffer, writing the buffer out whenever it is full.
# Clobbers a-, t-registers. May sleep (write).
    .type put, @function
put:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
1:  lbu t0, 0(s0)
    beqz t0, 3f
    la t1, out_fill
    lw t2, 0(t1)
    li t3, OUT_SIZE
    bne t2, t3, 2f
    call flush
    j 1b
2:  la t3, out
    add t3, t3, t2
    sb t0, 0(t3)
    addi t2, t2, 1
    sw t2, 0(t1)
    addi s0, s0, 1
    j 1b
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size put, . - put

# flush(): writes out what the output buffer holds. A failed write is reported, as GNU ls
# reports it, and makes the exit status 2. Clobbers a-, t-registers. May sleep (write).
    .type flush, @function
flush:
    la t0, out_fill
    lw a2, 0(t0)
    beqz a2, 1f
    sw zero, 0(t0)
    addi sp, sp, -16
    sw ra, 12(sp)
    li a0, STDOUT
    la a1, out
    call write_all
    bgez a0, 2f
    call strerror
    mv a3, a0
    la t0, progname
    lw a2, 0(t0)
    la a1, write_error
    li a0, STDERR
    call fdprintf
    la t0, status
    li t1, 2
    sw t1, 0(t0)
2:  lw ra, 12(sp)
    addi sp, sp, 16
1:  ret
    .size flush, . - flush
