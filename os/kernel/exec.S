# exec.S: loads a static RV32 ELF executable into an address space and builds its first stack.
#
# The program is read through file.inc's interface (read N bytes at an offset), so it may come
# from memory (the initrd) or from a file system. exec_load checks the ELF header (32-bit,
# little-endian, RISC-V, ET_EXEC, 32-byte program headers, at most EXEC_MAX_PHDRS of them),
# then for each PT_LOAD segment maps zeroed user pages with the segment's permissions (R, W, X
# from p_flags; pages two segments share get both), copies p_filesz bytes from p_offset and
# leaves the rest of p_memsz zero (the bss). A segment must lie between page 1 and the stack
# (USER_STACK_BOTTOM), or the file is ENOEXEC. The initial stack is Linux's (fs/binfmt_elf.c,
# create_elf_tables), from the top of user space down:
#
#     USER_TOP -> | strings: the file name, envp[], argv[]  |
#                 | 16 random bytes (AT_RANDOM)              |
#                 | (padding to 16 bytes)                    |
#                 | auxv: (type, value) pairs, AT_NULL last  |
#                 | 0, envp[envc - 1] .. envp[0]             |
#                 | 0, argv[argc - 1] .. argv[0]             |
#          sp ->  | argc                                     |   sp is a multiple of 16
#
# Nothing is left allocated on failure but the pages already in the address space, which the
# caller frees with it (vm_free).

    .include "machine.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "exec.inc"
    .include "ext2.inc"
    .include "file.inc"

    .equ EXEC_MAX_PHDRS,    16
    .equ EXEC_MAX_STRINGS,  64          # argv and envp together

    # ELF32 (the System V ABI, chapter 4)
    .equ EI_CLASS,      4
    .equ EI_DATA,       5
    .equ EI_VERSION,    6
    .equ E_TYPE,        16
    .equ E_MACHINE,     18
    .equ E_ENTRY,       24
    .equ E_PHOFF,       28
    .equ E_PHENTSIZE,   42
    .equ E_PHNUM,       44
    .equ EHDR_SIZE,     52
    .equ ELFMAG,        0x464c457f      # "\177ELF" read as a little-endian word
    .equ ELFCLASS32,    1
    .equ ELFDATA2LSB,   1
    .equ ET_EXEC,       2
    .equ EM_RISCV,      243
    .equ P_TYPE,        0               # a program header
    .equ P_OFFSET,      4
    .equ P_VADDR,       8
    .equ P_FILESZ,      16
    .equ P_MEMSZ,       20
    .equ P_FLAGS,       24
    .equ PHDR_SIZE,     32
    .equ PT_LOAD,       1
    .equ PF_X,          1
    .equ PF_W,          2
    .equ PF_R,          4

    # The auxiliary vector's types (include/uapi/linux/auxvec.h)
    .equ HWCAP_IMA,     (1 << ('i' - 'a')) | (1 << ('m' - 'a')) | (1 << ('a' - 'a'))
    .equ CLOCK_TICKS,   100             # sysconf(_SC_CLK_TCK), as Linux reports it

    # exec_load's scratch page
    .equ SCRATCH_EHDR,      0
    .equ SCRATCH_PHDRS,     64          # EXEC_MAX_PHDRS * PHDR_SIZE = 512 bytes
    .equ SCRATCH_STRINGS,   1024        # the user addresses of argv[], envp[] strings
    .equ SCRATCH_VECTOR,    1536        # the words from argc to AT_NULL, built here

    # exec_load's frame
    .equ EX_RA,         0
    .equ EX_S0,         4               # s0..s11 at 4 .. 48
    .equ EX_FILE,       52
    .equ EX_ARGV,       56
    .equ EX_ENVP,       60
    .equ EX_INFO,       64
    .equ EX_PHDR_ADDR,  68
    .equ EX_BRK,        72
    .equ EX_PATH,       76
    .equ EX_SIZE,       80


    .section .text
# exec_load: a0 = a root, a1 = a file (file.inc), a2 = argv (a kernel array of kernel strings,
# 0-terminated; argv[0] is also AT_EXECFN), a3 = envp (the same), a4 = where to put the entry
# point, initial sp and program break (EXEC_ENTRY, EXEC_SP, EXEC_BRK). Returns a0 = 0, or
# -ENOEXEC (not a program this kernel runs), -ENOMEM, -E2BIG (too many strings), or the read's
# error. May sleep (reads). Clobbers the caller-saved registers.
    .globl exec_load
exec_load:
    addi sp, sp, -EX_SIZE
    sw ra, EX_RA(sp)
    sw s0, EX_S0 + 0(sp)
    sw s1, EX_S0 + 4(sp)
    sw s2, EX_S0 + 8(sp)
    sw s3, EX_S0 + 12(sp)
    sw s4, EX_S0 + 16(sp)
    sw s5, EX_S0 + 20(sp)
    sw s6, EX_S0 + 24(sp)
    sw s7, EX_S0 + 28(sp)
    sw s8, EX_S0 + 32(sp)
    sw s9, EX_S0 + 36(sp)
    sw s10, EX_S0 + 40(sp)
    sw s11, EX_S0 + 44(sp)
    mv s0, a0                           # s0: the root, for the whole routine
    sw a1, EX_FILE(sp)
    sw a2, EX_ARGV(sp)
    sw a3, EX_ENVP(sp)
    sw a4, EX_INFO(sp)
    sw zero, EX_PHDR_ADDR(sp)
    sw zero, EX_BRK(sp)
    call page_alloc
    beqz a0, no_memory_early
    mv s1, a0                           # s1: the scratch page, for the whole routine

    # The header and the program headers.
    mv a0, s1
    li a1, EHDR_SIZE
    li a2, 0
    call read_exactly
    bnez a0, done
    li a0, -ENOEXEC
    lw t0, 0(s1)
    li t1, ELFMAG
    bne t0, t1, done
    lbu t0, EI_CLASS(s1)
    li t1, ELFCLASS32
    bne t0, t1, done
    lbu t0, EI_DATA(s1)
    li t1, ELFDATA2LSB
    bne t0, t1, done
    lhu t0, E_TYPE(s1)
    li t1, ET_EXEC
    bne t0, t1, done
    lhu t0, E_MACHINE(s1)
    li t1, EM_RISCV
    bne t0, t1, done
    lhu t0, E_PHENTSIZE(s1)
    li t1, PHDR_SIZE
    bne t0, t1, done
    lhu s2, E_PHNUM(s1)                 # s2: program headers
    beqz s2, done
    li t1, EXEC_MAX_PHDRS
    bgtu s2, t1, done
    addi a0, s1, SCRATCH_PHDRS
    slli a1, s2, 5
    lw a2, E_PHOFF(s1)
    call read_exactly
    bnez a0, done

    # The PT_LOAD segments.
    addi s3, s1, SCRATCH_PHDRS          # s3: the program header
next_segment:
    beqz s2, segments_done
    lw t0, P_TYPE(s3)
    li t1, PT_LOAD
    bne t0, t1, segment_done
    lw s4, P_VADDR(s3)                  # s4: vaddr
    lw s5, P_MEMSZ(s3)                  # s5: memsz
    beqz s5, segment_done
    li a0, -ENOEXEC
    lw t0, P_FILESZ(s3)
    bgtu t0, s5, done
    li t1, PAGE_SIZE
    bltu s4, t1, done                   # page 0 stays unmapped, as Linux's mmap_min_addr keeps it
    add s6, s4, s5                      # s6: the segment's end
    bltu s6, s4, done                   # wraps around
    li t1, USER_STACK_BOTTOM
    bgtu s6, t1, done                   # the stack's place, or the kernel's
    lw t0, EX_BRK(sp)
    bgeu t0, s6, 1f
    sw s6, EX_BRK(sp)
1:  lw t0, P_OFFSET(s3)                 # the headers' address, if this segment loads them
    lw t1, E_PHOFF(s1)
    bltu t1, t0, 2f
    lw t2, P_FILESZ(s3)
    add t2, t0, t2
    bgeu t1, t2, 2f
    sub t1, t1, t0
    add t1, t1, s4
    sw t1, EX_PHDR_ADDR(sp)
2:  lw t0, P_FLAGS(s3)                  # s7: the PTE permissions
    li s7, PTE_U
    andi t1, t0, PF_R
    beqz t1, 3f
    ori s7, s7, PTE_R
3:  andi t1, t0, PF_W
    beqz t1, 4f
    ori s7, s7, PTE_W | PTE_R           # Sv32 has no write-only pages
4:  andi t1, t0, PF_X
    beqz t1, 5f
    ori s7, s7, PTE_X
5:  PAGE_DOWN s8, s4                    # s8: each page of the segment
map_page:
    bgeu s8, s6, copy_segment
    mv a0, s0
    mv a1, s8
    li a2, 1
    call vm_pte
    beqz a0, no_memory
    mv s9, a0                           # s9: its entry
    lw t0, 0(s9)
    andi t1, t0, PTE_V
    beqz t1, 6f
    or t0, t0, s7                       # shared with the previous segment: both permissions
    andi t1, s7, PTE_W
    beqz t1, 7f
    ori t0, t0, PTE_D
7:  sw t0, 0(s9)
    j 8f
6:  call page_alloc
    beqz a0, no_memory
    mv a2, a0
    mv a0, s0
    mv a1, s8
    mv a3, s7
    call vm_map
    bnez a0, done
8:  li t0, PAGE_SIZE
    add s8, s8, t0
    j map_page

copy_segment:
    li s8, 0                            # s8: bytes of the file part copied
    lw s9, P_FILESZ(s3)                 # s9: the file part's size
9:  bgeu s8, s9, segment_done
    add s10, s4, s8                     # s10: the user address to copy to
    mv a0, s0
    mv a1, s10
    li a2, 0
    call user_translate
    PAGE_OFFSET t0, s10
    li s11, PAGE_SIZE
    sub s11, s11, t0                    # s11: bytes to copy into this page
    sub t0, s9, s8
    bleu s11, t0, 10f
    mv s11, t0
10: mv a1, s11
    lw a2, P_OFFSET(s3)
    add a2, a2, s8
    call read_exactly
    bnez a0, done
    add s8, s8, s11
    j 9b

segment_done:
    addi s3, s3, PHDR_SIZE
    addi s2, s2, -1
    j next_segment

segments_done:
    lw t0, EX_BRK(sp)
    li a0, -ENOEXEC
    beqz t0, done                       # nothing loaded
    call map_stack
    bnez a0, done
    mv a0, s0
    call signal_map_trampoline
    bnez a0, done
    call build_stack
    bnez a0, done
    lw t0, EX_INFO(sp)
    lw t1, E_ENTRY(s1)
    sw t1, EXEC_ENTRY(t0)
    sw s2, EXEC_SP(t0)
    lw t1, EX_BRK(sp)
    PAGE_UP t1, t1
    sw t1, EXEC_BRK(t0)
    li a0, 0
    j done

no_memory:
    li a0, -ENOMEM
done:
    mv s2, a0
    mv a0, s1
    call page_free
    mv a0, s2
exec_return:
    lw ra, EX_RA(sp)
    lw s0, EX_S0 + 0(sp)
    lw s1, EX_S0 + 4(sp)
    lw s2, EX_S0 + 8(sp)
    lw s3, EX_S0 + 12(sp)
    lw s4, EX_S0 + 16(sp)
    lw s5, EX_S0 + 20(sp)
    lw s6, EX_S0 + 24(sp)
    lw s7, EX_S0 + 28(sp)
    lw s8, EX_S0 + 32(sp)
    lw s9, EX_S0 + 36(sp)
    lw s10, EX_S0 + 40(sp)
    lw s11, EX_S0 + 44(sp)
    addi sp, sp, EX_SIZE
    ret
no_memory_early:
    li a0, -ENOMEM
    j exec_return

# read_exactly: (exec_load's helper, on its frame) a0 = a kernel buffer, a1 = bytes, a2 = offset
# in the file. Returns a0 = 0 when all came, -ENOEXEC when the file is shorter, or the read's
# error. Clobbers the caller-saved registers.
read_exactly:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a1, 8(sp)
    mv a3, a1
    mv a1, a0
    lw a0, EX_FILE + 16(sp)
    lw t0, FILE_READ(a0)
    jalr t0
    lw ra, 12(sp)
    lw t0, 8(sp)
    addi sp, sp, 16
    bltz a0, 1f
    beq a0, t0, 2f
    li a0, -ENOEXEC
1:  ret
2:  li a0, 0
    ret

# map_stack: (exec_load's helper) maps USER_STACK_PAGES zeroed pages below USER_TOP in s0.
# Returns a0 = 0 or -ENOMEM. Clobbers the caller-saved registers and s8.
map_stack:
    addi sp, sp, -16
    sw ra, 12(sp)
    li s8, USER_STACK_BOTTOM
1:  call page_alloc
    beqz a0, 2f
    sw a0, 8(sp)
    mv a2, a0
    mv a0, s0
    mv a1, s8
    li a3, PTE_U | PTE_R | PTE_W
    call vm_map
    bnez a0, 4f
    li t0, PAGE_SIZE
    add s8, s8, t0
    li t0, USER_TOP
    bltu s8, t0, 1b
    li a0, 0
    j 3f
4:  lw a0, 8(sp)                        # no level-0 table for it: the page goes back
    call page_free
2:  li a0, -ENOMEM
3:  lw ra, 12(sp)
    addi sp, sp, 16
    ret

# AUX type, value: appends one auxiliary vector entry at s7, build_stack's cursor. Clobbers t0.
    .macro AUX type, value
    li t0, \type
    sw t0, 0(s7)
    sw \value, 4(s7)
    addi s7, s7, 8
    .endm

# build_stack: (exec_load's helper, on its frame) copies the strings, the random bytes and the
# vector to the stack below USER_TOP in s0. Returns a0 = 0 and s2 = the initial sp, or a0 =
# -E2BIG or -EFAULT (the stack is too small). Clobbers the caller-saved registers and s2..s11.
    .equ BS_FRAME, 16                   # build_stack's own frame, above which is exec_load's
build_stack:
    addi sp, sp, -BS_FRAME
    sw ra, 12(sp)
    li s3, USER_TOP                     # s3: the user stack's cursor
    addi s4, s1, SCRATCH_STRINGS        # s4: the strings' user addresses
    li s5, 0                            # s5: how many
    lw s6, EX_ARGV + BS_FRAME(sp)
    call copy_strings
    bnez a0, 9f
    mv s9, s5                           # s9: argc
    lw s6, EX_ENVP + BS_FRAME(sp)
    call copy_strings
    bnez a0, 9f
    sub s10, s5, s9                     # s10: envc
    addi s3, s3, -16                    # 16 random bytes
    andi s3, s3, -16
    mv s11, s3                          # s11: their address
    addi s7, s1, SCRATCH_VECTOR
    csrr t0, time
    csrr t1, cycle
    xor t0, t0, t1
    ori t0, t0, 1
    li t2, 4
1:  slli t1, t0, 13                     # xorshift32
    xor t0, t0, t1
    srli t1, t0, 17
    xor t0, t0, t1
    slli t1, t0, 5
    xor t0, t0, t1
    sw t0, 0(s7)
    addi s7, s7, 4
    addi t2, t2, -1
    bnez t2, 1b
    mv a0, s0
    mv a1, s11
    addi a2, s1, SCRATCH_VECTOR
    li a3, 16
    call copy_out
    bnez a0, 9f

    addi s7, s1, SCRATCH_VECTOR         # s7: the vector's cursor
    sw s9, 0(s7)                        # argc
    addi s7, s7, 4
    li t1, 0                            # argv[] then envp[], each with a 0 after it
2:  beq t1, s9, 3f
    slli t0, t1, 2
    add t0, s4, t0
    lw t0, 0(t0)
    sw t0, 0(s7)
    addi s7, s7, 4
    addi t1, t1, 1
    j 2b
3:  sw zero, 0(s7)
    addi s7, s7, 4
4:  beq t1, s5, 5f
    slli t0, t1, 2
    add t0, s4, t0
    lw t0, 0(t0)
    sw t0, 0(s7)
    addi s7, s7, 4
    addi t1, t1, 1
    j 4b
5:  sw zero, 0(s7)
    addi s7, s7, 4
    lw t1, EX_PHDR_ADDR + BS_FRAME(sp)
    AUX AT_PHDR, t1
    li t1, PHDR_SIZE
    AUX AT_PHENT, t1
    lhu t1, E_PHNUM(s1)
    AUX AT_PHNUM, t1
    li t1, PAGE_SIZE
    AUX AT_PAGESZ, t1
    AUX AT_BASE, zero
    AUX AT_FLAGS, zero
    lw t1, E_ENTRY(s1)
    AUX AT_ENTRY, t1
    AUX AT_UID, zero
    AUX AT_EUID, zero
    AUX AT_GID, zero
    AUX AT_EGID, zero
    li t1, HWCAP_IMA
    AUX AT_HWCAP, t1
    li t1, CLOCK_TICKS
    AUX AT_CLKTCK, t1
    AUX AT_SECURE, zero
    AUX AT_RANDOM, s11
    li t1, 0                            # AT_EXECFN: argv[0]'s copy
    beqz s9, 6f
    lw t1, 0(s4)
6:  AUX AT_EXECFN, t1
    AUX AT_NULL, zero
    addi a3, s1, SCRATCH_VECTOR
    sub a3, s7, a3                      # the vector's bytes
    sub s3, s3, a3
    andi s3, s3, -16
    mv a0, s0
    mv a1, s3
    addi a2, s1, SCRATCH_VECTOR
    call copy_out
    bnez a0, 9f
    mv s2, s3
9:  lw ra, 12(sp)
    addi sp, sp, BS_FRAME
    ret

# copy_strings: (build_stack's helper) s6 = a kernel array of kernel strings, 0-terminated.
# Copies each below s3, moving s3 down, and appends its user address to s4[s5++].
# Returns a0 = 0, -E2BIG or -EFAULT. Clobbers the caller-saved registers, s6, s7, s8.
copy_strings:
    addi sp, sp, -16
    sw ra, 12(sp)
1:  lw s7, 0(s6)                        # s7: the string
    beqz s7, 2f
    li a0, -E2BIG
    li t0, EXEC_MAX_STRINGS
    beq s5, t0, 3f
    mv a0, s7
    call strlen
    addi s8, a0, 1                      # s8: its size with the NUL
    sub s3, s3, s8
    mv a0, s0
    mv a1, s3
    mv a2, s7
    mv a3, s8
    call copy_out
    bnez a0, 3f
    slli t0, s5, 2
    add t0, s4, t0
    sw s3, 0(t0)
    addi s5, s5, 1
    addi s6, s6, 4
    j 1b
2:  li a0, 0
3:  lw ra, 12(sp)
    addi sp, sp, 16
    ret
