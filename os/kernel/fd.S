# fd.S: file descriptors and the open file descriptions they name.
#
# A process's descriptors are the NOFILE words of its descriptor table (kernel-layout.inc,
# FDT_*; PCB_FILES in its slot points at it): the address of an open file description (fd.inc)
# with FD_CLOEXEC in bit 0, or 0 for a closed descriptor. The tables live in fd_tables, the
# descriptions in file_table. Invariants: a table's FDT_REFS is the number of slots whose
# PCB_FILES names it (threads made with CLONE_FILES share their creator's; every other clone gets
# a copy), free at 0; a live slot uses exactly one, a zombie none, so NPROC tables are always
# enough. A description's OF_REFS is the number of descriptor words, in every table, that name
# it; it is free (OF_REFS 0) exactly when none does. A new descriptor is always the lowest free
# one at or above the lowest asked for, as on Linux. A copied table shares the descriptions
# (position and flags with them), execve closes the FD_CLOEXEC ones, the last user of a table
# closes them all. The current directory (PCB_CWD) is per slot, but the slots made with CLONE_FS
# share one PCB_FS and chdir sets them all (fs_set_cwd): so they see one directory, as on Linux.
# Also here: close, dup, dup3 and fcntl64, which work on descriptors alone.

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "fd.inc"

    .equ NFILE,             64          # open file descriptions in the whole system
    .equ F_SETFL_FLAGS,     O_APPEND | O_NONBLOCK

# FDS reg: reg = the address of the current process's descriptor 0 word (in its table).
    .macro FDS reg
    CURRENT \reg
    lw \reg, PCB_FILES(\reg)
    addi \reg, \reg, FDT_FDS
    .endm

    .section .text
# fd_lookup: a0 = a descriptor of the current process. Returns a0 = its open file description,
# or 0 when the descriptor is not open (or not a descriptor at all). Clobbers t0, t1.
    .globl fd_lookup
fd_lookup:
    li t0, NOFILE
    bgeu a0, t0, 1f                     # (unsigned: a negative one too)
    FDS t0
    slli t1, a0, 2
    add t0, t0, t1
    lw a0, 0(t0)
    andi a0, a0, ~FD_CLOEXEC
    ret
1:  li a0, 0
    ret

# fd_install: a0 = an open file description, a1 = FD_CLOEXEC or 0, a2 = the lowest descriptor
# wanted. Puts it in the current process's lowest closed descriptor at or above a2; the caller's
# reference to the description becomes the descriptor's. Returns a0 = the descriptor, or
# -EMFILE (none free: the caller keeps its reference). Clobbers t0..t3.
    .globl fd_install
fd_install:
    FDS t0
    or t3, a0, a1
    mv a0, a2
1:  li t1, NOFILE
    bgeu a0, t1, 2f
    slli t1, a0, 2
    add t1, t0, t1
    lw t2, 0(t1)
    beqz t2, 3f
    addi a0, a0, 1
    j 1b
2:  li a0, -EMFILE
    ret
3:  sw t3, 0(t1)
    ret

# fdt_alloc: returns a0 = a free descriptor table, every descriptor closed, FDT_REFS = 1. There
# is always one (the header's invariant: the caller's new slot uses none yet). Clobbers t0, t1.
fdt_alloc:
    la a0, fd_tables
1:  lw t0, FDT_REFS(a0)
    beqz t0, 2f
    addi a0, a0, FDT_SIZE
    j 1b
2:  li t0, 1
    sw t0, FDT_REFS(a0)
    addi t0, a0, FDT_FDS
    addi t1, a0, FDT_SIZE
3:  sw zero, 0(t0)
    addi t0, t0, 4
    bltu t0, t1, 3b
    ret

# file_alloc: returns a0 = a free open file description, zeroed but for OF_REFS = 1, or 0 when
# every one is in use. Clobbers t0, t1.
    .globl file_alloc
file_alloc:
    la a0, file_table
    la t0, file_table_end
1:  bgeu a0, t0, 3f
    lw t1, OF_REFS(a0)
    beqz t1, 2f
    addi a0, a0, OF_SIZE
    j 1b
2:  addi t0, a0, OF_SIZE
    mv t1, a0
4:  sw zero, 0(t1)
    addi t1, t1, 4
    bltu t1, t0, 4b
    li t1, 1
    sw t1, OF_REFS(a0)
    ret
3:  li a0, 0
    ret

# file_put: a0 = an open file description. Drops one reference; the last one frees it (and
# closes its end of a pipe, or lets an ext2 file that lost its last name go: inode_release).
# May write the disk. Clobbers the caller-saved registers.
    .globl file_put
file_put:
    lw t0, OF_REFS(a0)
    addi t0, t0, -1
    sw t0, OF_REFS(a0)
    bnez t0, 1f
    lw t0, OF_TYPE(a0)
    li t1, FT_PIPE
    beq t0, t1, pipe_close              # (tail calls)
    li t1, FT_INODE
    beq t0, t1, inode_release
1:  ret

# fd_close_word: a0 = the address of a descriptor word. Closes it if it is open. Clobbers the
# caller-saved registers.
fd_close_word:
    lw t0, 0(a0)
    beqz t0, 1f
    sw zero, 0(a0)
    andi a0, t0, ~FD_CLOEXEC
    j file_put
1:  ret

# files_first: a0 = the first process's slot. Gives it a descriptor table with the console as
# descriptors 0, 1 and 2 (one description, read and write, as init's /dev/console is on Linux),
# the root as its current directory, and Linux's first umask, 022. Clobbers t0..t3.
    .globl files_first
files_first:
    mv t3, a0
    mv t2, ra
    call fdt_alloc
    mv ra, t2
    sw a0, PCB_FILES(t3)
    la t0, console_file
    li t1, 3
    sw t1, OF_REFS(t0)
    li t1, FT_CONSOLE
    sw t1, OF_TYPE(t0)
    li t1, O_RDWR
    sw t1, OF_FLAGS(t0)
    sw t0, FDT_FDS + 0(a0)
    sw t0, FDT_FDS + 4(a0)
    sw t0, FDT_FDS + 8(a0)
    li t0, EXT2_ROOT_INO
    sw t0, PCB_CWD(t3)
    lw t0, PCB_PID(t3)
    sw t0, PCB_FS(t3)
    li t0, UMASK_DEFAULT
    sw t0, PCB_UMASK(t3)
    mv a0, t3
    ret

# files_fork: a0 = a new slot (no descriptor table yet), a1 = clone's flags. With CLONE_FILES it
# shares the current process's descriptor table, else it gets a copy (the same descriptions,
# one more reference each). It gets the current directory and the umask; with CLONE_FS it shares
# the directory from now on (PCB_FS). Clobbers t0..t5.
    .globl files_fork
files_fork:
    CURRENT t0
    lw t1, PCB_CWD(t0)
    sw t1, PCB_CWD(a0)
    lw t1, PCB_UMASK(t0)
    sw t1, PCB_UMASK(a0)
    lw t1, PCB_PID(a0)                    # its own directory, or the creator's shared one
    andi t2, a1, CLONE_FS
    beqz t2, 1f
    lw t1, PCB_FS(t0)
1:  sw t1, PCB_FS(a0)
    lw t0, PCB_FILES(t0)                  # t0: the current table
    andi t2, a1, CLONE_FILES
    beqz t2, 2f
    sw t0, PCB_FILES(a0)
    lw t1, FDT_REFS(t0)
    addi t1, t1, 1
    sw t1, FDT_REFS(t0)
    ret
2:  mv t5, a0                           # t5: the new slot
    mv t3, t0                           # t3: the current table
    mv t4, ra
    call fdt_alloc
    mv ra, t4
    sw a0, PCB_FILES(t5)
    li t1, 0
3:  add t2, t3, t1
    lw t2, FDT_FDS(t2)
    add t0, a0, t1
    sw t2, FDT_FDS(t0)
    beqz t2, 4f
    andi t2, t2, ~FD_CLOEXEC
    lw t4, OF_REFS(t2)
    addi t4, t4, 1
    sw t4, OF_REFS(t2)
4:  addi t1, t1, 4
    li t2, 4 * NOFILE
    bltu t1, t2, 3b
    mv a0, t5
    ret

# fs_set_cwd: a0 = a directory's inode number. Makes it the current directory of the current
# process and of every slot that shares it (PCB_FS, CLONE_FS). Clobbers t0..t3.
    .globl fs_set_cwd
fs_set_cwd:
    CURRENT t0
    lw t0, PCB_FS(t0)
    la t1, proc_table
    la t2, proc_table_end
1:  lw t3, PCB_STATE(t1)
    beqz t3, 2f                         # PROC_FREE
    lw t3, PCB_FS(t1)
    bne t3, t0, 2f
    sw a0, PCB_CWD(t1)
2:  addi t1, t1, PCB_SIZE
    bltu t1, t2, 1b
    ret

# files_exec: closes the current process's FD_CLOEXEC descriptors (a successful execve).
# Clobbers the caller-saved registers.
    .globl files_exec
files_exec:
    li a1, FD_CLOEXEC
    j close_matching

# files_exit: a0 = a slot that ends. Lets go of its descriptor table: the last slot using it
# closes all its descriptors. Clobbers the caller-saved registers.
    .globl files_exit
files_exit:
    lw a2, PCB_FILES(a0)
    sw zero, PCB_FILES(a0)
    lw t0, FDT_REFS(a2)
    addi t0, t0, -1
    sw t0, FDT_REFS(a2)
    bnez t0, 1f
    li a1, 0
    j close_matching_in
1:  ret

# close_matching: a1 = the bits a descriptor word must have (0: any open one). Closes those of
# the current process; close_matching_in takes the descriptor table in a2. Clobbers the
# caller-saved registers.
close_matching:
    CURRENT a2
    lw a2, PCB_FILES(a2)
close_matching_in:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    addi s0, a2, FDT_FDS                # s0: the descriptor word
    addi s1, s0, 4 * NOFILE             # s1: the end of the words
    mv s2, a1                           # s2: the bits
1:  lw t0, 0(s0)
    and t1, t0, s2
    bne t1, s2, 2f
    mv a0, s0
    call fd_close_word
2:  addi s0, s0, 4
    bltu s0, s1, 1b
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret

# close(fd): 0, or -EBADF when fd is not open.
    .globl sys_close
sys_close:
    li t0, NOFILE
    bgeu a0, t0, bad_descriptor
    FDS t0
    slli t1, a0, 2
    add a0, t0, t1
    lw t0, 0(a0)
    beqz t0, bad_descriptor
    addi sp, sp, -16
    sw ra, 12(sp)
    call fd_close_word
    lw ra, 12(sp)
    addi sp, sp, 16
    li a0, 0
    ret
bad_descriptor:
    li a0, -EBADF
    ret

# dup(oldfd): a new descriptor, the lowest closed one, for the same description, FD_CLOEXEC
# clear. -EBADF, -EMFILE.
    .globl sys_dup
sys_dup:
    li a1, 0
    li a2, 0
    j duplicate

# duplicate: a0 = a descriptor, a1 = FD_CLOEXEC or 0, a2 = the lowest new descriptor. The dup
# family's common end: returns the new descriptor, -EBADF or -EMFILE. Clobbers t0..t3.
duplicate:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    call fd_lookup
    beqz a0, 2f
    mv s0, a0                           # s0: the description
    lw t0, OF_REFS(s0)                  # the new descriptor's reference, given back on -EMFILE
    addi t0, t0, 1
    sw t0, OF_REFS(s0)
    call fd_install
    bgez a0, 1f
    lw t0, OF_REFS(s0)
    addi t0, t0, -1
    sw t0, OF_REFS(s0)
    j 1f
2:  li a0, -EBADF
1:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# dup3(oldfd, newfd, flags): newfd names oldfd's description (closed first if it was open),
# FD_CLOEXEC as flags says. flags other than O_CLOEXEC, or newfd == oldfd: -EINVAL; oldfd not
# open or newfd out of range: -EBADF.
    .globl sys_dup3
sys_dup3:
    li t0, ~O_CLOEXEC
    and t0, a2, t0
    bnez t0, 1f
    beq a0, a1, 1f
    li t0, NOFILE
    bgeu a1, t0, bad_descriptor
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a1                           # s0: newfd
    mv s1, a2                           # s1: flags
    call fd_lookup
    beqz a0, 2f
    lw t0, OF_REFS(a0)
    addi t0, t0, 1
    sw t0, OF_REFS(a0)
    beqz s1, 3f
    ori a0, a0, FD_CLOEXEC
3:  FDS t0
    slli t1, s0, 2
    add t0, t0, t1
    lw t1, 0(t0)
    sw a0, 0(t0)
    mv a0, s0
    beqz t1, 4f
    andi a0, t1, ~FD_CLOEXEC            # the description newfd named before
    call file_put
    mv a0, s0
    j 4f
2:  li a0, -EBADF
4:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
1:  li a0, -EINVAL
    ret

# fcntl64(fd, cmd, arg): F_DUPFD and F_DUPFD_CLOEXEC (the lowest closed descriptor at or above
# arg; arg past the last descriptor: -EINVAL), F_GETFD and F_SETFD (FD_CLOEXEC), F_GETFL (the
# access mode, O_APPEND, O_NONBLOCK) and F_SETFL (O_APPEND and O_NONBLOCK may change; other
# bits are ignored, as on Linux). Another cmd: -EINVAL; fd not open: -EBADF.
    .globl sys_fcntl64
sys_fcntl64:
    mv t2, a0
    mv t3, ra
    call fd_lookup
    mv ra, t3
    beqz a0, bad_descriptor
    li t0, F_DUPFD
    beq a1, t0, fcntl_dup
    li t0, F_DUPFD_CLOEXEC
    beq a1, t0, fcntl_dup_cloexec
    li t0, F_GETFL
    beq a1, t0, fcntl_getfl
    li t0, F_SETFL
    beq a1, t0, fcntl_setfl
    FDS t0                              # F_GETFD, F_SETFD: the descriptor's own word
    slli t1, t2, 2
    add t0, t0, t1
    li t1, F_GETFD
    beq a1, t1, fcntl_getfd
    li t1, F_SETFD
    bne a1, t1, fcntl_invalid
    andi a2, a2, FD_CLOEXEC
    or a0, a0, a2
    sw a0, 0(t0)
    li a0, 0
    ret
fcntl_getfd:
    lw a0, 0(t0)
    andi a0, a0, FD_CLOEXEC
    ret
fcntl_getfl:
    lw a0, OF_FLAGS(a0)
    ret
fcntl_setfl:
    lw t0, OF_FLAGS(a0)
    li t1, F_SETFL_FLAGS
    and a2, a2, t1
    not t1, t1
    and t0, t0, t1
    or t0, t0, a2
    sw t0, OF_FLAGS(a0)
    li a0, 0
    ret
fcntl_dup_cloexec:
    li a1, FD_CLOEXEC
    j 1f
fcntl_dup:
    li a1, 0
1:  li t0, NOFILE
    bgeu a2, t0, fcntl_invalid
    mv a0, t2
    j duplicate
fcntl_invalid:
    li a0, -EINVAL
    ret

    .section .bss
    .balign 4
    .globl file_table, file_table_end, fd_tables
console_file:   .space OF_SIZE          # the console's description, made for the first process
fd_tables:      .space NPROC * FDT_SIZE
file_table:     .space NFILE * OF_SIZE
file_table_end:
