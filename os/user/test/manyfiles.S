# manyfiles.S: /test/manyfiles DIR N: makes DIR (if it is not there) and N files in directories
# nested by the digits of their numbers, file i at DIR/dA/dB/.../fI where A, B... are the digits
# of I but the last (f7, d1/f12, d1/d2/f123). File i holds its path below DIR and a newline,
# (i mod 8) + 1 times. Then it reads every file back, checks it holds what was written, and prints
# a checksum (32-bit FNV-1a over all the contents, file 0 first), which depends only on N:
#
#     manyfiles: 120 files in DIR, checksum f02022b0
#
# Status 0; 1 if a call failed or a file did not read back as written (reported); 2 for a bad
# command line. It shows directories being made and searched, and files written and read, at a
# scale beyond a handful.

    .include "errno.inc"
    .include "runtime.inc"

.equ MAX_FILES, 1000000
.equ COPIES, 8                  # file i holds its path (i mod COPIES) + 1 times
.equ PATH_SIZE, 48              # "dD/" per digit but the last, "f", the digits, a zero
.equ CONTENT_SIZE, COPIES * PATH_SIZE
.equ FNV_OFFSET, 0x811c9dc5
.equ FNV_PRIME, 0x01000193

    .section .rodata
done:       .asciz "manyfiles: %u files in %s, checksum %x\n"
differs:    .asciz "%s: %s/%s: the contents read back differ from those written\n"
usage:      .asciz "usage: %s DIR N\n"

    .bss
    .balign 4
path:       .zero PATH_SIZE
content:    .zero CONTENT_SIZE
readback:   .zero CONTENT_SIZE + 1  # one more: a longer file shows as a longer read

    .text
# make_path(a0 i) -> a0: the length of file i's path, written to path. Clobbers a-, t-registers.
    .type make_path, @function
make_path:
    addi sp, sp, -32
    sw ra, 28(sp)
    mv a1, sp                   # the digits, on the stack (at most 10 and a zero)
    call utoa
    mv t0, sp                   # the next digit
    la t1, path
    li t3, 'd'
    li t4, '/'
1:  lbu t2, 1(t0)               # every digit but the last: a directory
    beqz t2, 2f
    lbu t2, 0(t0)
    sb t3, 0(t1)
    sb t2, 1(t1)
    sb t4, 2(t1)
    addi t1, t1, 3
    addi t0, t0, 1
    j 1b
2:  li t2, 'f'
    sb t2, 0(t1)
    addi t1, t1, 1
    mv t0, sp
3:  lbu t2, 0(t0)
    sb t2, 0(t1)
    beqz t2, 4f
    addi t0, t0, 1
    addi t1, t1, 1
    j 3b
4:  la t0, path
    sub a0, t1, t0
    lw ra, 28(sp)
    addi sp, sp, 32
    ret
    .size make_path, . - make_path

# make_content(a0 i, a1 path length) -> a0: the length of file i's contents, written to content
# from path. Clobbers a-, t-registers.
    .type make_content, @function
make_content:
    andi t0, a0, COPIES - 1
    addi t0, t0, 1              # copies left
    la t1, content
    li t4, '\n'
1:  la t2, path
    add t3, t2, a1
2:  lbu t5, 0(t2)
    sb t5, 0(t1)
    addi t1, t1, 1
    addi t2, t2, 1
    bltu t2, t3, 2b
    sb t4, 0(t1)
    addi t1, t1, 1
    addi t0, t0, -1
    bnez t0, 1b
    la t0, content
    sub a0, t1, t0
    ret
    .size make_content, . - make_content

# make_parents() -> a0: 0, or -errno of a mkdirat that failed other than with EEXIST. Makes
# each directory on path in turn. Clobbers a-, t-registers. May sleep.
    .type make_parents, @function
make_parents:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    la s0, path
1:  lbu t0, 0(s0)
    beqz t0, 3f
    li t1, '/'
    addi s0, s0, 1
    bne t0, t1, 1b
    sb zero, -1(s0)             # the path up to this '/'
    li a0, AT_FDCWD
    la a1, path
    li a2, 0777
    call mkdirat
    li t1, '/'
    sb t1, -1(s0)
    li t0, -EEXIST
    beq a0, t0, 1b
    bgez a0, 1b
    j 4f
3:  li a0, 0
4:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size make_parents, . - make_parents

# fnv(a0 hash, a1 bytes, a2 n) -> a0: the FNV-1a hash carried over n more bytes. Leaf; clobbers
# a1, a2, t0, t1.
    .type fnv, @function
fnv:
    li t1, FNV_PRIME
1:  beqz a2, 2f
    lbu t0, 0(a1)
    xor a0, a0, t0
    mul a0, a0, t1
    addi a1, a1, 1
    addi a2, a2, -1
    j 1b
2:  ret
    .size fnv, . - fnv

# main(a0 argc, a1 argv) -> a0: 0, 1 if something failed, 2 for a bad command line.
#   s0 DIR, s1 N, s2 i, s3 the length of file i's contents, s4 the checksum, s5 a descriptor.
    .globl main
    .type main, @function
main:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    sw s5, 4(sp)
    li t0, 3
    bne a0, t0, 90f
    lw s0, 4(a1)
    lw a0, 8(a1)
    call atou
    mv s1, a0
    blez s1, 90f
    li t0, MAX_FILES
    bgt s1, t0, 90f
    li a0, AT_FDCWD
    mv a1, s0
    li a2, 0777
    call mkdirat
    li t0, -EEXIST
    beq a0, t0, 1f
    bltz a0, 80f
1:  mv a0, s0
    call chdir
    bltz a0, 80f
    li s2, 0                    # write them all
10: beq s2, s1, 20f
    mv a0, s2
    call make_path
    mv a1, a0
    mv a0, s2
    call make_content
    mv s3, a0
    call make_parents
    bltz a0, 81f
    li a0, AT_FDCWD
    la a1, path
    li a2, O_WRONLY | O_CREAT | O_TRUNC
    li a3, 0666
    call openat
    bltz a0, 81f
    mv s5, a0
    la a1, content
    mv a2, s3
    call write_all
    bltz a0, 82f
    mv a0, s5
    call close
    bltz a0, 81f
    addi s2, s2, 1
    j 10b
20: li s2, 0                    # read them all back
    li s4, FNV_OFFSET
21: beq s2, s1, 30f
    mv a0, s2
    call make_path
    mv a1, a0
    mv a0, s2
    call make_content
    mv s3, a0
    li a0, AT_FDCWD
    la a1, path
    li a2, O_RDONLY
    call openat
    bltz a0, 81f
    mv s5, a0
    la a1, readback             # a file is at most CONTENT_SIZE bytes: one read of a regular
    li a2, CONTENT_SIZE + 1     # file returns all of it
    call read
    bltz a0, 82f
    bne a0, s3, 83f
    la t0, content
    la t1, readback
    add t2, t0, s3
22: beq t0, t2, 23f
    lbu t3, 0(t0)
    lbu t4, 0(t1)
    bne t3, t4, 83f
    addi t0, t0, 1
    addi t1, t1, 1
    j 22b
23: mv a0, s5
    call close
    bltz a0, 81f
    mv a0, s4
    la a1, readback
    mv a2, s3
    call fnv
    mv s4, a0
    addi s2, s2, 1
    j 21b
30: li a0, STDOUT
    la a1, done
    mv a2, s1
    mv a3, s0
    mv a4, s4
    call fdprintf
    li a0, 0
    j 99f
83: mv a0, s5                   # read back, but not as written
    call close
    li a0, STDERR
    la a1, differs
    la t0, progname
    lw a2, 0(t0)
    mv a3, s0
    la a4, path
    call fdprintf
    li a0, 1
    j 99f
82: mv s2, a0                   # a read or write failed: close, then report
    mv a0, s5
    call close
    mv a0, s2
81: mv a1, a0                   # a call on path (below DIR) failed
    la a0, path
    call error_path
    li a0, 1
    j 99f
80: mv a1, a0                   # a call on DIR failed
    mv a0, s0
    call error_path
    li a0, 1
    j 99f
90: li a0, STDERR
    la a1, usage
    la t0, progname
    lw a2, 0(t0)
    call fdprintf
    li a0, 2
99: lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    lw s5, 4(sp)
    addi sp, sp, 32
    ret
    .size main, . - main
