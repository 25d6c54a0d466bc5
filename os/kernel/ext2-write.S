# ext2-write.S: the ext2 file system, write side.
#
# What it owns: every change to the mounted file system. Its layers, bottom up:
#
#       e2_alloc, e2_free       a block or an inode from a group's bitmap, and the free counts of
#                               the group descriptor and the superblock that go with it
#       ext2_iput               an in-memory inode back to the inode table
#       ext2_bmap_create        a file's block, allocating it and the indirect blocks on the way
#       ext2_write              bytes into a file at an offset (holes allowed), growing it
#       ext2_truncate           a file cut (or grown, as a hole) to a size, freeing what is past it
#       e2_add_entry            a name into a directory, in the room of existing blocks first
#       e2_del_entry            a name out of a directory, its record merged into the one before
#       ext2_create, ext2_mkdir, ext2_unlink, ext2_rmdir, ext2_rename
#                               what the system calls need
#       ext2_orphan_add, ext2_orphan_release, ext2_orphans_clean
#                               files without a name that are still open, on the superblock's
#                               orphan list until their last close (or the next mount)
#
# Invariants:
#   - After bcache_flush the disk is a file system e2fsck -fn accepts: each allocated block or
#     inode is marked in its bitmap and counted out of its group's and the superblock's free
#     counts, and each freed one the other way, in the same call; used_dirs counts directories.
#   - Blocks come from the group of the inode they belong to, inodes from the group of their
#     directory, the next group with room after that (Linux's ext2 prefers them so); the first
#     free bit of the group is taken. Nothing depends on a clock but ext2_time: the same calls on
#     the same image give the same image.
#   - A new block is zeroed before it is used (an indirect block, a directory block, the unwritten
#     part of a data block read back as zeros).
#   - i_blocks counts 512-byte sectors of data and indirect blocks, as e2fsck expects.
#   - The in-memory inodes callers hold are the truth for those inodes while they hold them: a
#     routine that changes an inode changes the caller's copy and writes it with ext2_iput.
#     Callers must not hold two copies of one inode across a change.
#   - Nothing changes when ext2_read_only is set (an unknown read-only-compatible feature): every
#     routine that would write returns -EROFS first.
#   - An inode with links_count 0 is either free (dtime the time it was freed) or an orphan on
#     the list from the superblock's last_orphan (dtime the next orphan's number, 0 at the end).
#   - ENOSPC (no free block or inode) leaves the file system consistent: a write stops short, a
#     create or mkdir that cannot add its entry gives its inode back.
#
# Time: ext2_time holds the seconds since the epoch that new and changed inodes get as their
# ctime and mtime (and a new inode as its atime, a deleted one as its dtime). The caller keeps it
# current (the kernel sets it from the RTC); this code never reads a clock.
#
# Calling convention: psABI. Errors are negative errno values in a0.

        .include "errno.inc"
        .include "ext2.inc"
        .include "ext2-impl.inc"

        .equ KIND_BLOCK, 0                      # what e2_alloc and e2_free take
        .equ KIND_INODE, 1
        .equ KIND_DIR, 2                        # an inode that is a directory (used_dirs)

# E2_WRITABLE: return -EROFS (through exit) when the file system must not be written.
        .macro E2_WRITABLE exit
        E2_LOAD t0, ext2_read_only
        beqz    t0, .Lwritable\@
        li      a0, -EROFS
        j       \exit
.Lwritable\@:
        .endm

# E2_STAMP: set the times in the list (I_MTIME, I_CTIME, ...) of the in-memory inode at reg to
# ext2_time.
        .macro E2_STAMP reg, fields:vararg
        E2_LOAD t0, ext2_time
        .irp f, \fields
        sw      t0, \f(\reg)
        .endr
        .endm

# E2_IS_DIR: branch to target when the in-memory inode at reg is a directory.
        .macro E2_IS_DIR reg, target
        lhu     t0, I_MODE(\reg)
        li      t1, S_IFMT
        and     t0, t0, t1
        li      t1, S_IFDIR
        beq     t0, t1, \target
        .endm

        .text

# e2_sb_hold: hold the cache buffer of the superblock (at byte 1024: in block 1 with 1 KiB
# blocks, block 0 otherwise).
#   Returns a0 = the buffer and a1 = the superblock in its data, or an error of e2_bread.
#   Clobbers a2-a7, t0-t3.
        .type e2_sb_hold, @function
e2_sb_hold:
        E2_ENTER
        E2_LOAD t0, e2_block_shift
        li      a0, SB_OFFSET
        srl     a0, a0, t0
        li      t1, 1
        sll     t1, t1, t0
        addi    t1, t1, -1
        andi    s0, t1, SB_OFFSET
        call    e2_bread
        IS_ERROR a0, 9f, t0
        add     a1, a1, s0
9:      E2_RETURN
        .size e2_sb_hold, . - e2_sb_hold

# e2_sb_adjust: add to a free count of the superblock (through the cache).
#   a0 = the field's offset (SB_FREE_BLOCKS_COUNT or SB_FREE_INODES_COUNT), a1 = the amount.
#   Returns a0 = 0 or an error of e2_bread. Clobbers a1-a7, t0-t3.
        .type e2_sb_adjust, @function
e2_sb_adjust:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        call    e2_sb_hold
        IS_ERROR a0, 9f, t0
        add     t0, a1, s0
        lw      t1, 0(t0)
        add     t1, t1, s1
        sw      t1, 0(t0)
        call    bcache_mark_dirty
        call    bcache_release
        li      a0, 0
9:      E2_RETURN
        .size e2_sb_adjust, . - e2_sb_adjust

# e2_gd_adjust: add to a 16-bit count of a group descriptor.
#   a0 = the group, a1 = the field's offset (BG_FREE_BLOCKS_COUNT, BG_FREE_INODES_COUNT,
#   BG_USED_DIRS_COUNT), a2 = the amount.
#   Returns a0 = 0 or an error of e2_bread. Clobbers a1-a7, t0-t3.
        .type e2_gd_adjust, @function
e2_gd_adjust:
        E2_ENTER
        mv      s0, a1
        mv      s1, a2
        call    e2_gdesc
        IS_ERROR a0, 9f, t0
        add     t0, a1, s0
        lhu     t1, 0(t0)
        add     t1, t1, s1
        sh      t1, 0(t0)
        call    bcache_mark_dirty
        call    bcache_release
        li      a0, 0
9:      E2_RETURN
        .size e2_gd_adjust, . - e2_gd_adjust

# e2_group_of: where a block or an inode is in the groups.
#   a0 = the number, a1 = KIND_BLOCK or another kind (an inode).
#   Returns a0 = the group, a1 = the bit in its bitmap, a2 = the bits the group's bitmap maps
#   (the last group may have fewer blocks than the others). The number must be inside the file
#   system (the caller checks). Clobbers t0-t2.
        .type e2_group_of, @function
e2_group_of:
        bnez    a1, 1f
        E2_LOAD t0, e2_first_data_block
        sub     a0, a0, t0
        la      t1, ext2_sb
        lw      t1, SB_BLOCKS_PER_GROUP(t1)
        divu    t2, a0, t1
        remu    a1, a0, t1
        mv      a0, t2
        mul     t2, t2, t1                      # the group's first block, past the first data
        E2_LOAD a2, e2_blocks_count             # block; the group ends at the last block
        sub     a2, a2, t0
        sub     a2, a2, t2
        bleu    a2, t1, 2f
        mv      a2, t1
2:      ret
1:      addi    a0, a0, -1
        E2_LOAD a2, e2_inodes_per_group
        remu    a1, a0, a2
        divu    a0, a0, a2
        ret
        .size e2_group_of, . - e2_group_of

# e2_alloc: take a free block or inode, searching the groups from a given one.
#   a0 = the group to try first, a1 = KIND_BLOCK, KIND_INODE or KIND_DIR.
#   Returns a0 = the block or inode number, its bit set and the counts taken down (and used_dirs
#   up for KIND_DIR); or -ENOSPC (no group has one), -EIO (the disk failed, or a bitmap hands
#   out a reserved inode). A block is not zeroed here (e2_new_block does). Clobbers a1-a7, t0-t3.
        .type e2_alloc, @function
e2_alloc:
        E2_ENTER
        mv      s0, a0                          # s0 the group, s1 the kind
        mv      s1, a1
        E2_LOAD s2, e2_groups_count             # s2 groups left to try
1:      mv      a0, s0
        call    e2_gdesc
        IS_ERROR a0, 9f, t0
        bnez    s1, 2f
        lhu     s3, BG_FREE_BLOCKS_COUNT(a1)    # s3 the free count, s4 the bitmap
        lw      s4, BG_BLOCK_BITMAP(a1)
        E2_LOAD t0, e2_first_data_block         # s5 the bits the bitmap maps
        la      t1, ext2_sb
        lw      t1, SB_BLOCKS_PER_GROUP(t1)
        mul     t2, s0, t1
        E2_LOAD s5, e2_blocks_count
        sub     s5, s5, t0
        sub     s5, s5, t2
        bleu    s5, t1, 3f
        mv      s5, t1
        j       3f
2:      lhu     s3, BG_FREE_INODES_COUNT(a1)
        lw      s4, BG_INODE_BITMAP(a1)
        E2_LOAD s5, e2_inodes_per_group
3:      call    bcache_release
        beqz    s3, 5f
        mv      a0, s4
        call    e2_bread
        IS_ERROR a0, 9f, t0
        mv      s6, a0                          # s6 the bitmap's buffer, s7 the bit
        li      s7, 0
4:      bgeu    s7, s5, 6f
        srli    t0, s7, 3
        add     t0, t0, a1
        lbu     t1, 0(t0)
        andi    t2, s7, 7
        bnez    t2, 10f                         # a full word or byte: all its bits at once
        andi    t3, s7, 31
        bnez    t3, 11f
        lw      t3, 0(t0)
        not     t3, t3
        bnez    t3, 11f
        addi    s7, s7, 32
        j       4b
11:     li      t3, 0xff
        bne     t1, t3, 10f
        addi    s7, s7, 8
        j       4b
10:
        srl     t3, t1, t2
        andi    t3, t3, 1
        beqz    t3, 7f
        addi    s7, s7, 1
        j       4b
6:      mv      a0, s6                          # the count said free, the bitmap full: on
        call    bcache_release
5:      addi    s0, s0, 1                       # to the next group
        E2_LOAD t0, e2_groups_count
        bltu    s0, t0, 8f
        li      s0, 0
8:      addi    s2, s2, -1
        bnez    s2, 1b
        li      a0, -ENOSPC
        j       9f

7:      li      t3, 1                           # take it
        sll     t3, t3, t2
        or      t1, t1, t3
        sb      t1, 0(t0)
        mv      a0, s6
        call    bcache_mark_dirty
        call    bcache_release
        bnez    s1, 1f
        E2_LOAD t0, e2_first_data_block
        la      t1, ext2_sb
        lw      t1, SB_BLOCKS_PER_GROUP(t1)
        mul     s3, s0, t1
        add     s3, s3, t0
        add     s3, s3, s7                      # s3 the number
        li      s4, BG_FREE_BLOCKS_COUNT
        li      s5, SB_FREE_BLOCKS_COUNT
        j       2f
1:      E2_LOAD t1, e2_inodes_per_group
        mul     s3, s0, t1
        add     s3, s3, s7
        addi    s3, s3, 1
        li      s4, BG_FREE_INODES_COUNT
        li      s5, SB_FREE_INODES_COUNT
        E2_LOAD t0, e2_first_ino
        bgeu    s3, t0, 2f
        E2_ERROR EIO, s3, 9f, "ext2: corrupt file system: the inode bitmap has a reserved inode free"
2:      mv      a0, s0
        mv      a1, s4
        li      a2, -1
        call    e2_gd_adjust
        bnez    a0, 9f
        li      t0, KIND_DIR
        bne     s1, t0, 3f
        mv      a0, s0
        li      a1, BG_USED_DIRS_COUNT
        li      a2, 1
        call    e2_gd_adjust
        bnez    a0, 9f
3:      mv      a0, s5
        li      a1, -1
        call    e2_sb_adjust
        bnez    a0, 9f
        mv      a0, s3
9:      E2_RETURN
        .size e2_alloc, . - e2_alloc

# e2_free: give back a block or an inode.
#   a0 = the number, a1 = KIND_BLOCK, KIND_INODE or KIND_DIR.
#   Returns a0 = 0, or -EIO (a number outside the file system, one already free, or the disk
#   failed). Clobbers a1-a7, t0-t3.
        .type e2_free, @function
e2_free:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        bnez    s1, 1f
        E2_LOAD t0, e2_first_data_block
        bltu    s0, t0, 2f
        E2_LOAD t0, e2_blocks_count
        bltu    s0, t0, 3f
2:      E2_ERROR EIO, s0, 9f, "ext2: corrupt file system: freeing a block outside the file system"
1:      E2_LOAD t0, e2_first_ino
        bltu    s0, t0, 2f
        E2_LOAD t0, e2_inodes_count
        bleu    s0, t0, 3f
2:      E2_ERROR EIO, s0, 9f, "ext2: freeing an inode number out of range"
3:      mv      a0, s0
        mv      a1, s1
        call    e2_group_of
        mv      s2, a0                          # s2 the group, s3 the bit
        mv      s3, a1
        call    e2_gdesc
        IS_ERROR a0, 9f, t0
        lw      s4, BG_BLOCK_BITMAP(a1)
        beqz    s1, 1f
        lw      s4, BG_INODE_BITMAP(a1)
1:      call    bcache_release
        mv      a0, s4
        call    e2_bread
        IS_ERROR a0, 9f, t0
        srli    t0, s3, 3
        add     t0, t0, a1
        lbu     t1, 0(t0)
        andi    t2, s3, 7
        li      t3, 1
        sll     t3, t3, t2
        and     t2, t1, t3
        bnez    t2, 1f
        call    bcache_release
        E2_ERROR EIO, s0, 9f, "ext2: corrupt file system: freeing a block or inode that is already free"
1:      xor     t1, t1, t3
        sb      t1, 0(t0)
        call    bcache_mark_dirty
        call    bcache_release
        li      s4, BG_FREE_BLOCKS_COUNT
        li      s5, SB_FREE_BLOCKS_COUNT
        beqz    s1, 1f
        li      s4, BG_FREE_INODES_COUNT
        li      s5, SB_FREE_INODES_COUNT
1:      mv      a0, s2
        mv      a1, s4
        li      a2, 1
        call    e2_gd_adjust
        bnez    a0, 9f
        li      t0, KIND_DIR
        bne     s1, t0, 1f
        mv      a0, s2
        li      a1, BG_USED_DIRS_COUNT
        li      a2, -1
        call    e2_gd_adjust
        bnez    a0, 9f
1:      mv      a0, s5
        li      a1, 1
        call    e2_sb_adjust
9:      E2_RETURN
        .size e2_free, . - e2_free

# e2_new_block: allocate a zeroed block for an inode, from the inode's group onwards.
#   a0 = the inode's number.
#   Returns a0 = the block number, or an error of e2_alloc or e2_bread. Clobbers a1-a7, t0-t3.
        .type e2_new_block, @function
e2_new_block:
        E2_ENTER
        li      a1, KIND_INODE
        call    e2_group_of
        li      a1, KIND_BLOCK
        call    e2_alloc
        IS_ERROR a0, 9f, t0
        mv      s0, a0
        call    e2_bread
        IS_ERROR a0, 9f, t0
        mv      s1, a0
        mv      a0, a1
        E2_LOAD t0, e2_block_shift
        li      a1, 1
        sll     a1, a1, t0
        call    e2_zero
        mv      a0, s1
        call    bcache_mark_dirty
        call    bcache_release
        mv      a0, s0
9:      E2_RETURN
        .size e2_new_block, . - e2_new_block

# e2_iwrite: write an in-memory inode into the inode table.
#   a0 = the in-memory inode, a1 = nonzero for a new inode: the rest of the disk inode (past the
#   128 bytes kept in memory) is zeroed.
#   Returns a0 = 0 or an error of e2_iloc. Clobbers a1-a7, t0-t3.
        .type e2_iwrite, @function
e2_iwrite:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        lw      a0, INODE_INO(s0)
        call    e2_iloc
        IS_ERROR a0, 9f, t0
        mv      s2, a0
        mv      s3, a1
        beqz    s1, 1f
        mv      a0, s3
        E2_LOAD a1, e2_inode_size
        call    e2_zero
1:      mv      a0, s3
        mv      a1, s0
        li      a2, INODE_DISK_SIZE
        call    e2_copy
        mv      a0, s2
        call    bcache_mark_dirty
        call    bcache_release
        li      a0, 0
9:      E2_RETURN
        .size e2_iwrite, . - e2_iwrite

# ext2_iput: write a changed in-memory inode back to the inode table (through the cache).
#   a0 = the in-memory inode. Returns a0 = 0, -EROFS, or an error of e2_iloc.
#   Clobbers a1-a7, t0-t3.
        .globl ext2_iput
        .type ext2_iput, @function
ext2_iput:
        E2_WRITABLE 1f
        li      a1, 0
        tail    e2_iwrite
1:      ret
        .size ext2_iput, . - ext2_iput

# The orphan list (as ext3 and ext4 keep it, which e2fsck knows): an inode without links that
# the kernel still has open stays allocated, with its blocks, and is listed from the superblock's
# last_orphan, each orphan's dtime naming the next (0 ends the list). At the last close
# ext2_orphan_release takes it off the list and frees it; a list left by a machine that stopped
# with orphans open is freed at the next mount (ext2_orphans_clean), as ext4 does, or by e2fsck.


# ext2_orphan_add: put an inode that has lost its last link, but is open, on the orphan list.
#   a0 = its in-memory inode (links_count 0), which is written back (ctime as the caller set it).
#   Returns a0 = 0 or an error of e2_bread or ext2_iput. Clobbers a1-a7, t0-t3.
        .globl ext2_orphan_add
        .type ext2_orphan_add, @function
ext2_orphan_add:
        E2_ENTER
        mv      s0, a0
        call    e2_sb_hold
        IS_ERROR a0, 9f, t0
        lw      t0, SB_LAST_ORPHAN(a1)
        sw      t0, I_DTIME(s0)
        lw      t0, INODE_INO(s0)
        sw      t0, SB_LAST_ORPHAN(a1)
        call    bcache_mark_dirty
        call    bcache_release
        mv      a0, s0
        call    ext2_iput
9:      E2_RETURN
        .size ext2_orphan_add, . - ext2_orphan_add

# ext2_orphan_release: the last close of an inode: when it has no link left (an orphan), take it
# off the orphan list and free it with its blocks (dtime from ext2_time).
#   a0 = its in-memory inode, as on the disk. Returns a0 = 0 (also when it still has links), or
#   -EROFS, -EIO (not on the list, or the list is corrupt: ext2_errmsg says so), an error of
#   ext2_iget, ext2_iput or e2_drop_inode. Clobbers a1-a7, t0-t3.
        .globl ext2_orphan_release
        .type ext2_orphan_release, @function
ext2_orphan_release:
        E2_ENTER
        mv      s0, a0
        li      a0, 0
        lhu     t0, I_LINKS_COUNT(s0)
        bnez    t0, 9f
        E2_WRITABLE 9f
        call    e2_sb_hold
        IS_ERROR a0, 9f, t0
        lw      s2, SB_LAST_ORPHAN(a1)          # s2 an orphan on the walk
        call    bcache_release
        lw      s4, INODE_INO(s0)               # s4 the inode released
        lw      s5, I_DTIME(s0)                 # s5 the orphan after it
        li      s3, 0                           # s3 the orphan before s2 (in e2_scratch), or 0
        E2_LOAD s6, e2_inodes_count             # s6 a bound on the walk: a corrupt list may loop
1:      beq     s2, s4, 3f
        beqz    s2, 2f
        beqz    s6, 2f
        addi    s6, s6, -1
        mv      s3, s2
        mv      a0, s2
        la      a1, e2_scratch
        call    ext2_iget
        bnez    a0, 9f
        la      t0, e2_scratch
        lw      s2, I_DTIME(t0)
        j       1b
2:      E2_ERROR EIO, s4, 9f, "ext2: corrupt file system: an inode without links missing from the orphan list"
3:      bnez    s3, 4f
        call    e2_sb_hold                      # the first: the superblock names the next now
        IS_ERROR a0, 9f, t0
        sw      s5, SB_LAST_ORPHAN(a1)
        call    bcache_mark_dirty
        call    bcache_release
        j       5f
4:      la      a0, e2_scratch                  # later: the one before names the next now
        sw      s5, I_DTIME(a0)
        call    ext2_iput
        bnez    a0, 9f
5:      mv      a0, s0
        call    e2_drop_inode
9:      E2_RETURN
        .size ext2_orphan_release, . - ext2_orphan_release

# ext2_orphans_clean: free the orphans a machine that stopped with files open left on the list
# (at mount, as ext4 does; dtime from ext2_time). Each must be an inode without links whose
# dtime names another inode or ends the list: anything else is a corrupt list, which stops the
# cleaning (-EIO, ext2_errmsg) and is left to e2fsck. Nothing to do on a read-only file system.
# What it freed is flushed to the disk before it returns.
#   Returns a0 = 0 or an error. Clobbers a1-a7, t0-t3.
        .globl ext2_orphans_clean
        .type ext2_orphans_clean, @function
ext2_orphans_clean:
        E2_ENTER
        li      a0, 0
        E2_LOAD t0, ext2_read_only
        bnez    t0, 9f
        E2_LOAD s6, e2_inodes_count             # s6 a bound: each step frees one inode
        li      s7, 0                           # s7 orphans freed
1:      call    e2_sb_hold
        IS_ERROR a0, 9f, t0
        lw      s2, SB_LAST_ORPHAN(a1)          # s2 the first orphan
        call    bcache_release
        li      a0, 0
        beqz    s2, 9f
        beqz    s6, 2f
        addi    s6, s6, -1
        E2_LOAD t0, e2_first_ino
        bltu    s2, t0, 2f
        E2_LOAD t0, e2_inodes_count
        bgtu    s2, t0, 2f
        mv      a0, s2
        la      a1, e2_victim
        call    ext2_iget
        bnez    a0, 9f
        la      a0, e2_victim
        lhu     t0, I_LINKS_COUNT(a0)
        bnez    t0, 2f
        lw      t0, I_DTIME(a0)
        E2_LOAD t1, e2_inodes_count
        bgtu    t0, t1, 2f
        call    ext2_orphan_release
        bnez    a0, 9f
        addi    s7, s7, 1
        j       1b
2:      E2_ERROR EIO, s2, 9f, "ext2: corrupt file system: the orphan list names an inode that is no orphan"
9:      beqz    s7, 8f                          # the mount is no system call: flush here
        mv      s7, a0
        call    bcache_flush
        mv      a0, s7
8:      E2_RETURN
        .size ext2_orphans_clean, . - ext2_orphans_clean

# ext2_bmap_create: the disk block that holds a block of a file, allocated (zeroed) when it is a
# hole, with the indirect blocks on the way to it.
#   a0 = the in-memory inode, a1 = the block's index in the file.
#   Returns a0 = the block number, or -EFBIG (past triple indirection), -ENOSPC, -EIO, -ENOMEM.
#   The inode's block pointers and i_blocks change in memory: the caller writes it (ext2_iput),
#   after an error too (indirect blocks may have been added before it).
#   Clobbers a1-a7, t0-t3.
        .globl ext2_bmap_create
        .type ext2_bmap_create, @function
ext2_bmap_create:
        E2_ENTER
        mv      s0, a0                          # s0 the inode, s1 the index left
        mv      s1, a1
        li      s2, 0                           # s2 levels of indirection below the slot
        li      s4, 0                           # s4 the buffer holding the slot, 0: the inode
        E2_LOAD s3, e2_block_shift
        addi    s3, s3, -2                      # s3 = log2 of pointers per block
        li      t0, I_NDIR_BLOCKS
        bgeu    s1, t0, 1f
        slli    t0, s1, 2
        add     s5, s0, t0                      # s5 the slot
        addi    s5, s5, I_BLOCK
        j       4f
1:      addi    s1, s1, -I_NDIR_BLOCKS          # as in ext2_bmap
        li      s2, 1
        mv      t1, s3
2:      li      t2, 1
        sll     t2, t2, t1
        bltu    s1, t2, 3f
        sub     s1, s1, t2
        addi    s2, s2, 1
        add     t1, t1, s3
        li      t2, 3
        bleu    s2, t2, 2b
        li      a0, -EFBIG
        j       9f
3:      addi    t0, s2, I_IND_BLOCK - 1
        slli    t0, t0, 2
        add     s5, s0, t0
        addi    s5, s5, I_BLOCK

4:      lw      s6, 0(s5)                       # s6 the block the slot points to
        beqz    s6, 5f
        E2_LOAD t0, e2_first_data_block
        bltu    s6, t0, 6f
        E2_LOAD t0, e2_blocks_count
        bltu    s6, t0, 7f
6:      beqz    s4, 1f
        mv      a0, s4
        call    bcache_release
1:      E2_ERROR EIO, s6, 9f, "ext2: corrupt file system: a block number outside the file system"
5:      lw      a0, INODE_INO(s0)
        call    e2_new_block
        IS_ERROR a0, 8f, t0
        mv      s6, a0
        sw      s6, 0(s5)
        E2_SECTORS t1
        lw      t2, I_BLOCKS(s0)
        add     t2, t2, t1
        sw      t2, I_BLOCKS(s0)
        beqz    s4, 7f
        mv      a0, s4
        call    bcache_mark_dirty
7:      beqz    s4, 1f
        mv      a0, s4
        call    bcache_release
        li      s4, 0
1:      mv      a0, s6
        beqz    s2, 9f
        addi    s2, s2, -1                      # down a level
        call    e2_bread
        IS_ERROR a0, 9f, t0
        mv      s4, a0
        mul     t0, s2, s3                      # this level's digit of the index
        srl     t0, s1, t0
        li      t1, 1
        sll     t1, t1, s3
        addi    t1, t1, -1
        and     t0, t0, t1
        slli    t0, t0, 2
        add     s5, a1, t0
        j       4b
8:      beqz    s4, 9f
        mv      s6, a0
        mv      a0, s4
        call    bcache_release
        mv      a0, s6
9:      E2_RETURN
        .size ext2_bmap_create, . - ext2_bmap_create

# ext2_write: copy bytes from memory into a file, allocating its blocks, growing its size.
#   a0 = the in-memory inode, a1 = the source, a2 = the offset in the file (past the end: the
#   gap is a hole, read as zeros), a3 = the count.
#   Returns a0 = the bytes written (after an error, those written before it), or -EISDIR (a
#   directory: its entries are written by the routines below), -EROFS, -EFBIG
#   (the end would pass 4 GiB - 1), -ENOSPC, -EIO, -ENOMEM when nothing was. The inode (size,
#   blocks, mtime and ctime when something was written) is written back with ext2_iput.
#   Clobbers a1-a7, t0-t3.
        .globl ext2_write
        .type ext2_write, @function
ext2_write:
        E2_ENTER
        E2_WRITABLE 9f
        E2_IS_DIR a0, 8f
        mv      s0, a0                          # s0 inode, s1 source, s2 offset
        mv      s1, a1
        mv      s2, a2
        mv      s3, a3                          # s3 bytes still to copy, s4 bytes copied
        li      s4, 0
        li      a0, -EFBIG
        add     t0, s2, s3
        bltu    t0, s2, 9f
        li      a0, 0
1:      beqz    s3, 7f
        E2_LOAD t0, e2_block_shift
        li      t1, 1
        sll     t1, t1, t0
        addi    t2, t1, -1
        and     s5, s2, t2                      # s5 = the offset in the block
        sub     s6, t1, s5                      # s6 = the bytes into this block
        bleu    s6, s3, 2f
        mv      s6, s3
2:      mv      a0, s0
        srl     a1, s2, t0
        call    ext2_bmap_create
        IS_ERROR a0, 7f, t0
        call    e2_bread
        IS_ERROR a0, 7f, t0
        mv      s7, a0
        add     a0, a1, s5
        mv      a1, s1
        mv      a2, s6
        call    e2_copy
        mv      a0, s7
        call    bcache_mark_dirty
        call    bcache_release
        add     s1, s1, s6
        add     s2, s2, s6
        sub     s3, s3, s6
        add     s4, s4, s6
        lw      t0, I_SIZE(s0)
        bleu    s2, t0, 1b
        sw      s2, I_SIZE(s0)
        j       1b

7:      sw      a0, 0(sp)                       # the result so far
        beqz    s4, 1f
        sw      s4, 0(sp)
        E2_STAMP s0, I_MTIME, I_CTIME
1:      mv      a0, s0
        call    ext2_iput
        bnez    a0, 9f
        lw      a0, 0(sp)
        j       9f
8:      li      a0, -EISDIR
9:      E2_RETURN
        .size ext2_write, . - ext2_write

# ext2_truncate: set a file's size; blocks past the new end are freed (indirect blocks too, once
# nothing below them is left), the last block's bytes past it zeroed, so that growing the file
# again reads zeros there. A larger size leaves a hole.
#   a0 = the in-memory inode, a1 = the new size.
#   Returns a0 = 0, or -EISDIR (a directory), -EROFS, -EIO, -ENOMEM. The inode (size, blocks, mtime, ctime) is written
#   back. Clobbers a1-a7, t0-t3.
        .globl ext2_truncate
        .type ext2_truncate, @function
ext2_truncate:
        E2_IS_DIR a0, 1f
        tail    e2_truncate
1:      li      a0, -EISDIR
        ret
        .size ext2_truncate, . - ext2_truncate

# e2_truncate: ext2_truncate for any inode, a directory too (e2_drop_inode empties them). A fast
# symbolic link (its target kept in i_block, no blocks counted) has no blocks to free.
        .type e2_truncate, @function
e2_truncate:
        E2_ENTER
        E2_WRITABLE 9f
        mv      s0, a0
        mv      s1, a1
        lhu     t0, I_MODE(s0)
        li      t1, S_IFMT
        and     t0, t0, t1
        li      t1, S_IFLNK
        bne     t0, t1, 1f
        E2_FAST_LINK s0, 8f
1:      mv      a0, s0
        call    ext2_size
        bgeu    s1, a0, 8f
        E2_LOAD s2, e2_block_shift
        li      t0, 1
        sll     t0, t0, s2
        addi    t0, t0, -1
        and     s3, s1, t0                      # s3 the offset in the last block kept
        srl     s4, s1, s2                      # s4 the first block index to free
        beqz    s3, 1f
        addi    s4, s4, 1
        mv      a0, s0
        srl     a1, s1, s2
        call    ext2_bmap
        IS_ERROR a0, 9f, t0
        beqz    a0, 1f
        call    e2_bread
        IS_ERROR a0, 9f, t0
        mv      s5, a0
        add     a0, a1, s3
        li      t0, 1
        sll     t0, t0, s2
        sub     a1, t0, s3
        call    e2_zero
        mv      a0, s5
        call    bcache_mark_dirty
        call    bcache_release

1:      mv      s5, s4                          # the direct blocks
2:      li      t0, I_NDIR_BLOCKS
        bgeu    s5, t0, 3f
        slli    t0, s5, 2
        add     s6, s0, t0
        lw      a1, I_BLOCK(s6)
        beqz    a1, 4f
        mv      a0, s0
        li      a2, 0
        li      a3, 0
        call    e2_free_tree
        bnez    a0, 9f
        sw      zero, I_BLOCK(s6)
4:      addi    s5, s5, 1
        j       2b

3:      li      s5, I_NDIR_BLOCKS               # s5 the first index an indirect tree maps
        addi    s6, s2, -2                      # s6 log2 of pointers per block
        li      s7, 1                           # s7 the level
        mv      s8, s6                          # s8 log2 of the indices the tree maps
4:      li      t0, 1
        sll     s9, t0, s8
        add     s9, s9, s5                      # s9 the first index past the tree
        bgeu    s4, s9, 5f
        addi    t0, s7, I_IND_BLOCK - 1
        slli    t0, t0, 2
        add     s10, s0, t0
        lw      a1, I_BLOCK(s10)
        beqz    a1, 5f
        li      a3, 0
        bleu    s4, s5, 6f
        sub     a3, s4, s5
6:      mv      s11, a3
        mv      a0, s0
        mv      a2, s7
        call    e2_free_tree
        bnez    a0, 9f
        bnez    s11, 5f
        sw      zero, I_BLOCK(s10)
5:      mv      s5, s9
        add     s8, s8, s6
        addi    s7, s7, 1
        li      t0, 3
        bleu    s7, t0, 4b

8:      sw      s1, I_SIZE(s0)
        sw      zero, I_SIZE_HIGH(s0)
        E2_STAMP s0, I_MTIME, I_CTIME
        mv      a0, s0
        call    ext2_iput
9:      E2_RETURN
        .size e2_truncate, . - e2_truncate

# e2_free_tree: free the blocks of a (sub)tree of a file's block map from an index on.
#   a0 = the in-memory inode (its i_blocks goes down), a1 = the block at the tree's root, a2 =
#   its level (0: a data block, 1..3: an indirect block), a3 = the first index in the tree to
#   free. Pointers to freed subtrees are cleared; the root itself is freed when a3 = 0 (the
#   caller clears its pointer then).
#   Returns a0 = 0 or -EIO, -ENOMEM. Clobbers a1-a7, t0-t3.
        .type e2_free_tree, @function
e2_free_tree:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      s3, a3
        beqz    s2, 8f
        mv      a0, s1
        call    e2_bread
        IS_ERROR a0, 9f, t0
        mv      s4, a0                          # s4 the buffer, s5 the next pointer
        mv      s5, a1
        E2_LOAD t0, e2_block_shift
        addi    t0, t0, -2
        li      t1, 1
        sll     s9, t1, t0                      # s9 pointers per block
        addi    t1, s2, -1
        mul     t0, t0, t1
        li      t1, 1
        sll     s6, t1, t0                      # s6 the indices a pointer maps
        li      s7, 0                           # s7 the first index of the pointer's subtree
1:      beqz    s9, 4f
        add     t0, s7, s6
        bleu    t0, s3, 3f                      # all of it is kept
        lw      a1, 0(s5)
        beqz    a1, 3f
        li      s8, 0
        bleu    s3, s7, 2f
        sub     s8, s3, s7
2:      mv      a0, s0
        addi    a2, s2, -1
        mv      a3, s8
        call    e2_free_tree
        bnez    a0, 7f
        bnez    s8, 3f
        sw      zero, 0(s5)
        mv      a0, s4
        call    bcache_mark_dirty
3:      addi    s5, s5, 4
        add     s7, s7, s6
        addi    s9, s9, -1
        j       1b
4:      li      a0, 0
7:      mv      s5, a0
        mv      a0, s4
        call    bcache_release
        mv      a0, s5
        bnez    a0, 9f
        bnez    s3, 9f
8:      mv      a0, s1
        li      a1, KIND_BLOCK
        call    e2_free
        bnez    a0, 9f
        E2_SECTORS t1
        lw      t2, I_BLOCKS(s0)
        sub     t2, t2, t1
        sw      t2, I_BLOCKS(s0)
9:      E2_RETURN
        .size e2_free_tree, . - e2_free_tree

# e2_add_entry: put a name into a directory: in an unused entry big enough, or in the room past
# an entry's name, the first found in the order on disk; else in a new block at the end.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length (1..255, checked by the
#   caller, as is that the name is not there yet), a3 = the inode number, a4 = the file type
#   (EXT2_FT_*; written only with the filetype feature).
#   Returns a0 = 0 or -ENOSPC, -EIO (a corrupt directory block), -ENOMEM. The directory's size,
#   mtime and ctime change and it is written back; its hashed-index flag is cleared, as this code
#   keeps no index. Clobbers a1-a7, t0-t3.
        .type e2_add_entry, @function
e2_add_entry:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      s3, a3
        sw      a4, 0(sp)
        addi    s4, s2, DE_NAME + 3             # s4 the record the name needs
        andi    s4, s4, -4
        E2_LOAD s10, e2_block_shift
        li      s11, 1
        sll     s11, s11, s10                   # s11 the block size
        li      s5, 0                           # s5 the block's index
1:      lw      t0, I_SIZE(s0)
        srl     t0, t0, s10
        bgeu    s5, t0, 6f
        mv      a0, s0
        mv      a1, s5
        call    ext2_bmap
        IS_ERROR a0, 9f, t0
        bnez    a0, 2f
        E2_ERROR EIO, s5, 9f, "ext2: corrupt directory: a hole in a directory (its block is shown)"
2:      call    e2_bread
        IS_ERROR a0, 9f, t0
        mv      s6, a0                          # s6 the buffer, s7 the block's data
        mv      s7, a1
        li      s8, 0                           # s8 the entry's offset
3:      add     s9, s7, s8                      # s9 the entry
        lhu     t0, DE_REC_LEN(s9)
        lbu     t1, DE_NAME_LEN(s9)
        addi    t1, t1, DE_NAME + 3
        andi    t1, t1, -4                      # t1 the record its name needs
        andi    t2, t0, 3
        bnez    t2, 4f
        bltu    t0, t1, 4f
        add     t2, s8, t0
        bgtu    t2, s11, 4f
        lw      t3, DE_INODE(s9)
        bnez    t3, 5f
        bgeu    t0, s4, 7f                      # an unused entry with room: it as it is
        j       8f
5:      sub     t2, t0, t1
        bltu    t2, s4, 8f
        sh      t1, DE_REC_LEN(s9)              # room past the name: split the record
        add     s9, s9, t1
        sh      t2, DE_REC_LEN(s9)
        j       7f
8:      add     s8, s8, t0
        bltu    s8, s11, 3b
        mv      a0, s6
        call    bcache_release
        addi    s5, s5, 1
        j       1b
4:      mv      a0, s6
        call    bcache_release
        sll     t2, s5, s10
        add     t2, t2, s8
        E2_ERROR EIO, t2, 9f, "ext2: corrupt directory: an entry with a bad record length (its position is shown)"

6:      mv      a0, s0                          # a new block, one unused entry over all of it
        mv      a1, s5
        call    ext2_bmap_create
        IS_ERROR a0, 10f, t0
        call    e2_bread
        IS_ERROR a0, 10f, t0
        mv      s6, a0
        mv      s9, a1
        sh      s11, DE_REC_LEN(s9)
        lw      t0, I_SIZE(s0)
        add     t0, t0, s11
        sw      t0, I_SIZE(s0)

7:      sw      s3, DE_INODE(s9)
        sb      s2, DE_NAME_LEN(s9)
        lw      t0, 0(sp)
        E2_LOAD t1, e2_filetype
        bnez    t1, 1f
        li      t0, 0
1:      sb      t0, DE_FILE_TYPE(s9)
        addi    a0, s9, DE_NAME
        mv      a1, s1
        mv      a2, s2
        call    e2_copy
        mv      a0, s6
        call    bcache_mark_dirty
        call    bcache_release
        li      a0, 0
10:     sw      a0, 4(sp)                       # the directory is written after an error too
        lw      t0, I_FLAGS(s0)                 # (ext2_bmap_create may have changed it)
        li      t1, ~EXT2_INDEX_FL
        and     t0, t0, t1
        sw      t0, I_FLAGS(s0)
        E2_STAMP s0, I_MTIME, I_CTIME
        mv      a0, s0
        call    ext2_iput
        bnez    a0, 9f
        lw      a0, 4(sp)
9:      E2_RETURN
        .size e2_add_entry, . - e2_add_entry

# e2_del_entry: take a name out of a directory, as Linux's ext2_delete_entry does: the entry's
# inode becomes 0, and its record joins the one before it in the block, if any.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length.
#   Returns a0 = the inode number the entry had, or an error of e2_find_entry. The directory's
#   mtime and ctime change and it is written back. Clobbers a1-a7, t0-t3.
        .type e2_del_entry, @function
e2_del_entry:
        E2_ENTER
        mv      s0, a0
        call    e2_find_entry
        bnez    a0, 9f
        mv      s1, a1                          # s1 the buffer, s2 the entry
        mv      s2, a2
        lw      s3, DE_INODE(s2)
        E2_LOAD t0, e2_block_shift              # the block's start: e2_dir_scan has checked
        li      t1, 1                           # the records before the entry
        sll     t1, t1, t0
        addi    t1, t1, -1
        and     t1, a3, t1
        sub     t0, s2, t1                      # t0 walks the block to the entry before
        li      t2, 0                           # t2 the entry before, or 0
1:      beq     t0, s2, 2f
        mv      t2, t0
        lhu     t3, DE_REC_LEN(t0)
        add     t0, t0, t3
        j       1b
2:      sw      zero, DE_INODE(s2)
        beqz    t2, 3f
        lhu     t3, DE_REC_LEN(t2)
        lhu     t1, DE_REC_LEN(s2)
        add     t3, t3, t1
        sh      t3, DE_REC_LEN(t2)
3:      mv      a0, s1
        call    bcache_mark_dirty
        call    bcache_release
        lw      t0, I_FLAGS(s0)
        li      t1, ~EXT2_INDEX_FL
        and     t0, t0, t1
        sw      t0, I_FLAGS(s0)
        E2_STAMP s0, I_MTIME, I_CTIME
        mv      a0, s0
        call    ext2_iput
        bnez    a0, 9f
        mv      a0, s3
9:      E2_RETURN
        .size e2_del_entry, . - e2_del_entry

# e2_check_new: the checks before a name is made in a directory.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length.
#   Returns a0 = 0 when the name can be made, or -EROFS, -ENOTDIR, -ENOENT (an empty name),
#   -ENAMETOOLONG, -EEXIST, or an error of the lookup. Clobbers a1-a7, t0-t3.
        .type e2_check_new, @function
e2_check_new:
        E2_ENTER
        E2_WRITABLE 9f
        bnez    a2, 1f
        li      a0, -ENOENT
        j       9f
1:      call    ext2_lookup
        li      t0, -ENOENT
        beq     a0, t0, 8f
        IS_ERROR a0, 9f, t0
        li      a0, -EEXIST
        j       9f
8:      li      a0, 0
9:      E2_RETURN
        .size e2_check_new, . - e2_check_new

# e2_drop_inode: give an inode with no links left back, with its blocks (and its extended
# attribute block, freed when no other inode shares it): size 0, dtime set.
#   a0 = its in-memory inode (links_count already 0). Returns a0 = 0 or an error of
#   ext2_truncate or e2_free. Clobbers a1-a7, t0-t3.
        .type e2_drop_inode, @function
e2_drop_inode:
        E2_ENTER
        mv      s0, a0
        E2_STAMP s0, I_DTIME
        li      a1, 0
        call    e2_truncate
        bnez    a0, 9f
        lw      s1, I_FILE_ACL(s0)              # the extended attribute block: one user less
        beqz    s1, 3f
        mv      a0, s1
        call    e2_bread
        IS_ERROR a0, 9f, t0
        lw      t0, XATTR_MAGIC(a1)
        li      t1, EXT2_XATTR_MAGIC
        beq     t0, t1, 1f
        call    bcache_release
        E2_ERROR EIO, s1, 9f, "ext2: corrupt file system: an extended attribute block without its magic number"
1:      lw      t0, XATTR_REFCOUNT(a1)
        addi    t0, t0, -1
        beqz    t0, 1f
        sw      t0, XATTR_REFCOUNT(a1)
        call    bcache_mark_dirty
        call    bcache_release
        j       2f
1:      call    bcache_release
        mv      a0, s1
        li      a1, KIND_BLOCK
        call    e2_free
        bnez    a0, 9f
2:      sw      zero, I_FILE_ACL(s0)
        E2_SECTORS t1
        lw      t2, I_BLOCKS(s0)
        sub     t2, t2, t1
        sw      t2, I_BLOCKS(s0)
        mv      a0, s0
        call    ext2_iput
        bnez    a0, 9f
3:
        li      a1, KIND_INODE
        mv      a0, s0
        E2_IS_DIR a0, 1f
        j       2f
1:      li      a1, KIND_DIR
2:      lw      a0, INODE_INO(s0)
        call    e2_free
9:      E2_RETURN
        .size e2_drop_inode, . - e2_drop_inode

# e2_make_node: make a new inode and its name in a directory.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length, a3 = the mode (type
#   and permissions), a4 = where to build the new in-memory inode.
#   Returns a0 = the new inode number (its inode written, with links_count 1 and the times set
#   to ext2_time; a directory gets its first block with "." and "..", links_count 2, and its
#   parent one link more), or -EROFS, -ENOTDIR, -ENOENT, -ENAMETOOLONG, -EEXIST, -EMLINK (a
#   directory with too many subdirectories), -ENOSPC, -EIO, -ENOMEM, with nothing made.
#   Clobbers a1-a7, t0-t3.
        .type e2_make_node, @function
e2_make_node:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      s3, a3
        mv      s4, a4
        call    e2_check_new
        bnez    a0, 9f
        li      s5, KIND_INODE                  # s5 the kind, s6 the file type
        li      s6, EXT2_FT_REG_FILE
        li      t0, S_IFMT
        and     t0, s3, t0
        li      t1, S_IFLNK
        bne     t0, t1, 2f
        li      s6, EXT2_FT_SYMLINK
2:      li      t1, S_IFDIR
        bne     t0, t1, 1f
        li      s5, KIND_DIR
        li      s6, EXT2_FT_DIR
        lhu     t0, I_LINKS_COUNT(s0)
        li      t1, EXT2_LINK_MAX
        li      a0, -EMLINK
        bgeu    t0, t1, 9f
1:      lw      a0, INODE_INO(s0)
        li      a1, KIND_INODE
        call    e2_group_of
        mv      a1, s5
        call    e2_alloc
        IS_ERROR a0, 9f, t0
        mv      s7, a0                          # s7 the new inode's number
        mv      a0, s4
        li      a1, INODE_SIZE
        call    e2_zero
        sw      s7, INODE_INO(s4)
        sh      s3, I_MODE(s4)
        li      t1, 1
        sh      t1, I_LINKS_COUNT(s4)
        E2_STAMP s4, I_ATIME, I_CTIME, I_MTIME
        mv      a0, s4
        li      a1, 1
        call    e2_iwrite
        bnez    a0, 8f
        li      t0, KIND_DIR
        bne     s5, t0, 2f

        mv      a0, s4                          # a directory's first block
        li      a1, 0
        call    ext2_bmap_create
        IS_ERROR a0, 7f, t0
        call    e2_bread
        IS_ERROR a0, 7f, t0
        mv      s8, a0
        sw      s7, DE_INODE(a1)                # "." over 12 bytes, ".." over the rest
        li      t0, DE_MIN_SIZE
        sh      t0, DE_REC_LEN(a1)
        li      t0, 1
        sb      t0, DE_NAME_LEN(a1)
        li      t0, '.'
        sb      t0, DE_NAME(a1)
        addi    t2, a1, DE_MIN_SIZE
        lw      t0, INODE_INO(s0)
        sw      t0, DE_INODE(t2)
        E2_LOAD t0, e2_block_shift
        li      t1, 1
        sll     t1, t1, t0
        sw      t1, I_SIZE(s4)
        addi    t1, t1, -DE_MIN_SIZE
        sh      t1, DE_REC_LEN(t2)
        li      t0, 2
        sb      t0, DE_NAME_LEN(t2)
        li      t0, '.'
        sb      t0, DE_NAME(t2)
        sb      t0, DE_NAME + 1(t2)
        E2_LOAD t0, e2_filetype
        beqz    t0, 3f
        li      t0, EXT2_FT_DIR
        sb      t0, DE_FILE_TYPE(a1)
        sb      t0, DE_FILE_TYPE(t2)
3:      call    bcache_mark_dirty
        call    bcache_release
        li      t0, 2
        sh      t0, I_LINKS_COUNT(s4)
        mv      a0, s4
        call    ext2_iput
        bnez    a0, 9f

2:      mv      a0, s0
        mv      a1, s1
        mv      a2, s2
        mv      a3, s7
        mv      a4, s6
        call    e2_add_entry
        bnez    a0, 7f
        li      t0, KIND_DIR
        bne     s5, t0, 4f
        lhu     t0, I_LINKS_COUNT(s0)           # the child's ".." links to the parent
        addi    t0, t0, 1
        sh      t0, I_LINKS_COUNT(s0)
        mv      a0, s0
        call    ext2_iput
        bnez    a0, 9f
4:      mv      a0, s7
        j       9f

7:      mv      s8, a0                          # undo: the inode and its blocks go back
        mv      a0, s4
        call    ext2_iput
        sh      zero, I_LINKS_COUNT(s4)
        mv      a0, s4
        call    e2_drop_inode
        mv      a0, s8
        j       9f
8:      mv      s8, a0                          # the inode was never written: only its bit
        mv      a0, s7
        mv      a1, s5
        call    e2_free
        mv      a0, s8
9:      E2_RETURN
        .size e2_make_node, . - e2_make_node

# ext2_create: make an empty regular file in a directory (the ext2 side of open's O_CREAT and of
# creat; open-by-name decides first whether the name exists).
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length, a3 = the permission
#   bits (07777; the caller applies its umask), a4 = where to put the new file's in-memory inode.
#   Returns a0 = the new inode number, or an error of e2_make_node. Clobbers a1-a7, t0-t3.
        .globl ext2_create
        .type ext2_create, @function
ext2_create:
        li      t0, 07777
        and     a3, a3, t0
        li      t0, S_IFREG
        or      a3, a3, t0
        tail    e2_make_node
        .size ext2_create, . - ext2_create

# ext2_symlink: make a symbolic link in a directory, as Linux's ext2_symlink: a target shorter
# than i_block (59 bytes and less) is kept there (a fast link, no block), a longer one in a
# block of its own. Its mode is S_IFLNK | 0777, as on Linux (no umask).
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length, a3 = the target, a4 =
#   its length (1 to 4095: the caller checks), a5 = where to put the link's in-memory inode.
#   Returns a0 = the new inode number, or an error of e2_make_node or ext2_write (the link is
#   then taken away again). Clobbers a1-a7, t0-t3.
        .globl ext2_symlink
        .type ext2_symlink, @function
ext2_symlink:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      s3, a3
        mv      s4, a4
        mv      s5, a5
        li      a3, S_IFLNK | 0777
        mv      a4, s5
        call    e2_make_node
        IS_ERROR a0, 9f, t0
        mv      s6, a0                          # s6 the link's number
        li      t0, I_N_BLOCKS * 4
        bgeu    s4, t0, 1f
        addi    a0, s5, I_BLOCK                 # fast: the target in i_block
        mv      a1, s3
        mv      a2, s4
        call    e2_copy
        sw      s4, I_SIZE(s5)
        mv      a0, s5
        call    ext2_iput
        mv      s7, a0
        bnez    a0, 8f
        mv      a0, s6
        j       9f
1:      mv      a0, s5                          # slow: the target in a block
        mv      a1, s3
        li      a2, 0
        mv      a3, s4
        call    ext2_write
        mv      a1, a0
        mv      a0, s6
        beq     a1, s4, 9f
        mv      s7, a1
        bltz    a1, 8f
        li      s7, -ENOSPC                     # a short write: out of room
8:      mv      a0, s0                          # take the link back
        mv      a1, s1
        mv      a2, s2
        li      a3, 0
        call    ext2_unlink
        mv      a0, s7
9:      E2_RETURN
        .size ext2_symlink, . - ext2_symlink

# ext2_mkdir: make a directory, with "." and "..", in a directory.
#   a0 = the parent's in-memory inode (its links_count goes up), a1 = the name, a2 = its length,
#   a3 = the permission bits, a4 = where to put the new directory's in-memory inode.
#   Returns a0 = the new inode number, or an error of e2_make_node. Clobbers a1-a7, t0-t3.
        .globl ext2_mkdir
        .type ext2_mkdir, @function
ext2_mkdir:
        li      t0, 07777
        and     a3, a3, t0
        li      t0, S_IFDIR
        or      a3, a3, t0
        tail    e2_make_node
        .size ext2_mkdir, . - ext2_mkdir

# ext2_unlink: remove a name of a file that is not a directory; with its last link the file
# goes (its blocks and inode freed, dtime set), or, when the kernel still has it open, becomes
# an orphan (ext2_orphan_add) that ext2_orphan_release frees at its last close.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length, a3 = nonzero when the
#   file the name is a link of is open.
#   Returns a0 = 0, or -EROFS, -ENOTDIR, -ENOENT, -ENAMETOOLONG, -EISDIR (a directory, as Linux's
#   unlink gives), -EIO, -ENOMEM. Clobbers a1-a7, t0-t3.
        .globl ext2_unlink
        .type ext2_unlink, @function
ext2_unlink:
        E2_ENTER
        E2_WRITABLE 9f
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      s4, a3                          # s4 the file is open
        call    ext2_lookup
        IS_ERROR a0, 9f, t0
        la      a1, e2_victim
        call    ext2_iget
        bnez    a0, 9f
        la      s3, e2_victim
        li      a0, -EISDIR
        E2_IS_DIR s3, 9f
        mv      a0, s0
        mv      a1, s1
        mv      a2, s2
        call    e2_del_entry
        IS_ERROR a0, 9f, t0
        lhu     t0, I_LINKS_COUNT(s3)
        addi    t0, t0, -1
        sh      t0, I_LINKS_COUNT(s3)
        E2_STAMP s3, I_CTIME
        mv      a0, s3
        lhu     t0, I_LINKS_COUNT(s3)
        beqz    t0, 1f
        call    ext2_iput
        j       9f
1:      bnez    s4, 2f
        call    e2_drop_inode
        j       9f
2:      call    ext2_orphan_add
9:      E2_RETURN
        .size ext2_unlink, . - ext2_unlink

# e2_dir_empty: whether a directory has no entries but "." and "..".
#   a0 = the directory's in-memory inode.
#   Returns a0 = 0 (empty), -ENOTEMPTY, or an error of e2_dir_scan. Clobbers a1-a7, t0-t3.
        .type e2_dir_empty, @function
e2_dir_empty:
        E2_ENTER
        mv      s3, a0
        li      s4, 0                           # s4 the position: every entry must be . or ..
2:      mv      a0, s3
        mv      a1, s4
        call    e2_dir_scan
        li      t0, 1
        beq     a0, t0, 5f
        bnez    a0, 9f
        mv      s4, a4
        lbu     t0, DE_NAME_LEN(a2)
        lbu     t1, DE_NAME(a2)
        lbu     t2, DE_NAME + 1(a2)
        li      t3, '.'
        bne     t1, t3, 4f
        li      t1, 1
        beq     t0, t1, 3f
        li      t1, 2
        bne     t0, t1, 4f
        bne     t2, t3, 4f
3:      mv      a0, a1
        call    bcache_release
        j       2b
4:      mv      a0, a1
        call    bcache_release
        li      a0, -ENOTEMPTY
        j       9f

5:      li      a0, 0
9:      E2_RETURN
        .size e2_dir_empty, . - e2_dir_empty

# e2_dot: whether a name is "." or "..".
#   a0 = the name, a1 = its length. Returns a0 = 1 for ".", 2 for "..", else 0.
#   Clobbers t0-t2.
        .type e2_dot, @function
e2_dot:
        mv      t0, a0
        li      a0, 0
        beqz    a1, 9f
        li      t1, 2
        bgtu    a1, t1, 9f
        li      t2, '.'
        lbu     t1, 0(t0)
        bne     t1, t2, 9f
        li      t1, 1
        beq     a1, t1, 1f
        lbu     t1, 1(t0)
        bne     t1, t2, 9f
1:      mv      a0, a1
9:      ret
        .size e2_dot, . - e2_dot

# ext2_rmdir: remove an empty directory.
#   a0 = the parent's in-memory inode (its links_count goes down), a1 = the name, a2 = its
#   length.
#   Returns a0 = 0, or -EROFS, -EINVAL (the name "."), -ENOTEMPTY (".." or a directory with
#   entries other than "." and ".."), -ENOTDIR (the parent, or what the name names, is not a
#   directory), -ENOENT, -ENAMETOOLONG, -EIO, -ENOMEM. Clobbers a1-a7, t0-t3.
        .globl ext2_rmdir
        .type ext2_rmdir, @function
ext2_rmdir:
        E2_ENTER
        E2_WRITABLE 9f
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      a0, s1                          # "." and "..", as Linux's rmdir refuses them
        mv      a1, s2
        call    e2_dot
        li      t0, 1
        li      t1, 2
        li      t2, -EINVAL
        li      t3, -ENOTEMPTY
        mv      t4, a0
        mv      a0, t2
        beq     t4, t0, 9f
        mv      a0, t3
        beq     t4, t1, 9f
        mv      a0, s0
        mv      a1, s1
        mv      a2, s2
        call    ext2_lookup
        IS_ERROR a0, 9f, t0
        la      a1, e2_victim
        call    ext2_iget
        bnez    a0, 9f
        la      s3, e2_victim
        E2_IS_DIR s3, 1f
        li      a0, -ENOTDIR
        j       9f
1:      mv      a0, s3
        call    e2_dir_empty
        bnez    a0, 9f
        mv      a0, s0
        mv      a1, s1
        mv      a2, s2
        call    e2_del_entry
        IS_ERROR a0, 9f, t0
        sh      zero, I_LINKS_COUNT(s3)
        E2_STAMP s3, I_CTIME
        mv      a0, s3
        call    e2_drop_inode
        bnez    a0, 9f
        lhu     t0, I_LINKS_COUNT(s0)           # its ".." linked to the parent
        addi    t0, t0, -1
        sh      t0, I_LINKS_COUNT(s0)
        mv      a0, s0
        call    ext2_iput
9:      E2_RETURN
        .size ext2_rmdir, . - ext2_rmdir

# ext2_rename: give a file or directory another name, as Linux's renameat2 does.
#   a0 = the old name's directory (in-memory inode), a1 = the old name, a2 = its length, a3 = the
#   new name's directory, a4 = the new name, a5 = its length, a6 = flags: RENAME_NOREPLACE (1)
#   or 0. When both directories are one inode, a3 may be a0 or another copy of it (which is
#   brought up to date).
#   A new name that exists is replaced, in one step: a file by a file, an empty directory by a
#   directory; the replaced inode loses that link (and goes with its last one). A directory moved
#   to another directory has its ".." changed, and the link counts of both directories follow.
#   Returns a0 = 0 (also when both names are links to one inode: nothing changes), or -EROFS,
#   -EINVAL (other flags; a directory moved under itself), -EBUSY (a name that is "." or ".."),
#   -EEXIST (RENAME_NOREPLACE and the new name exists), -ENOTDIR (a directory onto a file, or a
#   directory argument that is none), -EISDIR (a file onto a directory), -ENOTEMPTY, -EMLINK,
#   -ENOENT, -ENAMETOOLONG, -ENOSPC, -EIO, -ENOMEM. Clobbers a1-a7, t0-t3.
#   a7 nonzero: the file the new name has is open, so that losing its last link makes it an
#   orphan (ext2_orphan_add) instead of freeing it.
        .globl ext2_rename
        .type ext2_rename, @function
ext2_rename:
        E2_ENTER
        E2_WRITABLE 9f
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      s3, a3
        mv      s4, a4
        mv      s5, a5
        sw      a3, 0(sp)                       # the caller's copy of the new directory
        sw      a7, 4(sp)                       # the replaced file is open
        li      a0, -EINVAL
        andi    t0, a6, ~RENAME_NOREPLACE
        bnez    t0, 9f
        andi    s6, a6, RENAME_NOREPLACE        # s6 NOREPLACE
        lw      t0, INODE_INO(s0)               # one directory: one copy
        lw      t1, INODE_INO(s3)
        bne     t0, t1, 1f
        mv      s3, s0
1:      mv      a0, s1
        mv      a1, s2
        call    e2_dot
        mv      t3, a0
        li      a0, -EBUSY
        bnez    t3, 9f
        mv      a0, s4
        mv      a1, s5
        call    e2_dot
        beqz    a0, 1f
        li      a0, -EBUSY
        beqz    s6, 9f
        li      a0, -EEXIST
        j       9f

1:      mv      a0, s0                          # s7 the inode moved, in e2_victim
        mv      a1, s1
        mv      a2, s2
        call    ext2_lookup
        IS_ERROR a0, 9f, t0
        mv      s7, a0
        la      a1, e2_victim
        call    ext2_iget
        bnez    a0, 9f
        li      s9, 0                           # s9 nonzero: it is a directory
        la      t2, e2_victim
        E2_IS_DIR t2, 1f
        j       2f
1:      li      s9, 1
2:      mv      a0, s3                          # s8 the inode the new name has, or 0
        mv      a1, s4
        mv      a2, s5
        call    ext2_lookup
        li      s8, 0
        li      t0, -ENOENT
        beq     a0, t0, 3f
        IS_ERROR a0, 9f, t0
        mv      s8, a0
        li      a0, -EEXIST
        bnez    s6, 9f
        li      a0, 0
        beq     s8, s7, 9f

3:      beqz    s9, 5f                          # a directory must not go under itself
        beq     s0, s3, 5f
        lw      s10, INODE_INO(s3)
4:      li      a0, -EINVAL
        beq     s10, s7, 9f
        li      t0, EXT2_ROOT_INO
        beq     s10, t0, 5f
        mv      a0, s10
        la      a1, e2_scratch
        call    ext2_iget
        bnez    a0, 9f
        la      a0, e2_scratch
        la      a1, e2_dotdot
        li      a2, 2
        call    ext2_lookup
        IS_ERROR a0, 9f, t0
        mv      s10, a0
        j       4b

5:      li      s10, 0                          # s10 nonzero: a directory is replaced
        beqz    s8, 6f
        mv      a0, s8
        la      a1, e2_target
        call    ext2_iget
        bnez    a0, 9f
        la      t2, e2_target
        E2_IS_DIR t2, 1f
        li      a0, -ENOTDIR                    # a file: the moved inode must be one too
        bnez    s9, 9f
        j       2f
1:      li      a0, -EISDIR
        beqz    s9, 9f
        li      s10, 1
        la      a0, e2_target
        call    e2_dir_empty
        bnez    a0, 9f
2:      la      a0, e2_victim                   # the new name's entry takes the inode
        call    e2_file_type
        mv      a4, a0
        mv      a0, s3
        mv      a1, s4
        mv      a2, s5
        mv      a3, s7
        call    e2_set_entry
        bnez    a0, 9f
        la      a0, e2_target                   # the replaced inode loses a link
        lhu     t0, I_LINKS_COUNT(a0)
        addi    t0, t0, -1
        beqz    s10, 1f
        li      t0, 0                           # a directory: its "." goes with it
1:      sh      t0, I_LINKS_COUNT(a0)
        E2_STAMP a0, I_CTIME
        la      a0, e2_target
        lhu     t0, I_LINKS_COUNT(a0)
        bnez    t0, 1f
        lw      t0, 4(sp)
        bnez    t0, 3f
        call    e2_drop_inode
        j       2f
3:      call    ext2_orphan_add
        j       2f
1:      call    ext2_iput
2:      bnez    a0, 9f
        j       7f

6:      beqz    s9, 1f                          # a new name
        beq     s0, s3, 1f
        lhu     t0, I_LINKS_COUNT(s3)
        li      t1, EXT2_LINK_MAX
        li      a0, -EMLINK
        bgeu    t0, t1, 9f
1:      la      a0, e2_victim
        call    e2_file_type
        mv      a4, a0
        mv      a0, s3
        mv      a1, s4
        mv      a2, s5
        mv      a3, s7
        call    e2_add_entry
        bnez    a0, 9f

7:      mv      a0, s0                          # the old name goes
        mv      a1, s1
        mv      a2, s2
        call    e2_del_entry
        IS_ERROR a0, 9f, t0
        beqz    s9, 8f
        beq     s0, s3, 1f                      # a directory moved: its ".." follows
        la      a0, e2_victim
        la      a1, e2_dotdot
        li      a2, 2
        call    e2_find_entry
        bnez    a0, 9f
        lw      t0, INODE_INO(s3)
        sw      t0, DE_INODE(a2)
        mv      a0, a1
        call    bcache_mark_dirty
        call    bcache_release
1:      lhu     t0, I_LINKS_COUNT(s0)           # the subdirectory counts: the old parent has
        addi    t0, t0, -1                      # one less, the new one one more, unless it
        sh      t0, I_LINKS_COUNT(s0)           # lost the directory replaced
        lhu     t0, I_LINKS_COUNT(s3)
        addi    t0, t0, 1
        sub     t0, t0, s10
        sh      t0, I_LINKS_COUNT(s3)
        mv      a0, s0
        call    ext2_iput
        bnez    a0, 9f
        mv      a0, s3
        call    ext2_iput
        bnez    a0, 9f
8:      la      a0, e2_victim
        E2_STAMP a0, I_CTIME
        call    ext2_iput
        bnez    a0, 9f
        lw      a0, 0(sp)                       # the caller's other copy of the one directory
        beq     a0, s3, 1f
        mv      a1, s3
        li      a2, INODE_SIZE
        call    e2_copy
1:      li      a0, 0
9:      E2_RETURN
        .size ext2_rename, . - ext2_rename

# e2_set_entry: point an existing name of a directory at another inode.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length, a3 = the inode number,
#   a4 = the file type (written with the filetype feature).
#   Returns a0 = 0 or an error of e2_find_entry. The directory's mtime and ctime change and it is
#   written back. Clobbers a1-a7, t0-t3.
        .type e2_set_entry, @function
e2_set_entry:
        E2_ENTER
        mv      s0, a0
        mv      s1, a3
        mv      s2, a4
        call    e2_find_entry
        bnez    a0, 9f
        sw      s1, DE_INODE(a2)
        E2_LOAD t0, e2_filetype
        beqz    t0, 1f
        sb      s2, DE_FILE_TYPE(a2)
1:      mv      a0, a1
        call    bcache_mark_dirty
        call    bcache_release
        lw      t0, I_FLAGS(s0)
        li      t1, ~EXT2_INDEX_FL
        and     t0, t0, t1
        sw      t0, I_FLAGS(s0)
        E2_STAMP s0, I_MTIME, I_CTIME
        mv      a0, s0
        call    ext2_iput
9:      E2_RETURN
        .size e2_set_entry, . - e2_set_entry

# e2_file_type: the directory entry file type (EXT2_FT_*) of an in-memory inode, from its mode.
#   a0 = the inode. Returns a0 = the type (0 for a mode that is none of the seven). Clobbers t0.
        .type e2_file_type, @function
e2_file_type:
        lhu     t0, I_MODE(a0)
        srli    t0, t0, 12
        la      a0, e2_ftype
        add     a0, a0, t0
        lbu     a0, 0(a0)
        ret
        .size e2_file_type, . - e2_file_type

        .section .rodata
# e2_ftype: the file type of each value of a mode's top four bits (S_IFIFO 1, S_IFCHR 2, S_IFDIR
# 4, S_IFBLK 6, S_IFREG 8, S_IFLNK 10, S_IFSOCK 12).
e2_ftype:
        .byte 0, 5, 3, 0, 2, 0, 4, 0, 1, 0, 7, 0, 6, 0, 0, 0
e2_dotdot:
        .ascii ".."

        .bss
        .balign 4
e2_victim:      .space INODE_SIZE               # the inode unlink, rmdir or rename take away
e2_target:      .space INODE_SIZE               # the inode a rename replaces
e2_scratch:     .space INODE_SIZE               # the directories above a rename's target
        .globl ext2_time
ext2_time:      .space 4                        # seconds since the epoch, set by the caller
