# ext2.S: the ext2 file system, read side (ext2-write.S builds on it for the write side).
#
# What it owns: the mounted file system's geometry (taken from the superblock once, at mount),
# and the walk from a path to an inode to the blocks of a file. Its layers, bottom up:
#
#       ext2_mount          superblock checks, geometry, the block cache's block size
#       e2_bread            a block through the cache, its number checked against the file system
#       e2_gdesc, e2_iloc   a group's descriptor; the inode table block that holds an inode
#       ext2_iget           an inode by number: group descriptor -> inode table -> 128 bytes
#       ext2_bmap           a file's block: 12 direct, then single, double, triple indirect
#       ext2_read           bytes of a file at an offset
#       e2_dir_scan         the next used entry of a directory, each entry checked
#       e2_find_entry       a name's entry in a directory (held, for the write side to change)
#       ext2_lookup         a name in a directory
#       ext2_namei          a path, one component at a time
#       ext2_getdents64     directory entries as Linux's getdents64 gives them
#
# Invariants:
#   - Nothing is trusted that comes from the disk: every block number is checked to lie inside the
#     file system before it is read, every inode number against the inode count, every directory
#     entry's record length against its block. A check that fails returns -EIO (as Linux's ext2
#     does for a corrupt directory block) and leaves a message in ext2_errmsg and the offending number in ext2_errval;
#     a superblock this code cannot handle gives -EINVAL the same way, at mount.
#   - Every routine releases each cache buffer it took, on every path, errors included.
#   - Files are addressed with 32-bit offsets: a regular file's size is its low word, capped at
#     4 GiB - 1 when the large_file high word is set.
#
# Calling convention: psABI. Errors are negative errno values in a0.

        .include "errno.inc"
        .include "ext2.inc"
        .include "ext2-impl.inc"

        .text

# ext2_mount: read the superblock, check that this code can read the file system, and take its
# geometry; then free the orphans a machine stopped with files open left (ext2_orphans_clean:
# the caller sets ext2_time first). Call after virtio_blk_init, with no cache buffer held.
#   Returns a0 = 0, or -EINVAL (not ext2, or a revision, block size or incompatible feature this
#   code cannot handle), -EIO (the disk failed, or the superblock contradicts itself or the
#   disk); ext2_errmsg says which. Clobbers a1-a7, t0-t3.
        .globl ext2_mount
        .type ext2_mount, @function
ext2_mount:
        E2_ENTER
        la      t0, e2_mounted
        sw      zero, 0(t0)
        li      a0, SB_OFFSET >> SECTOR_SHIFT
        la      a1, ext2_sb
        li      a2, SB_SIZE
        call    virtio_blk_read
        beqz    a0, 1f
        E2_ERROR EIO, zero, 9f, "ext2: cannot read the superblock"
1:      la      s0, ext2_sb
        lhu     s1, SB_MAGIC(s0)
        li      t0, EXT2_MAGIC
        beq     s1, t0, 1f
        E2_ERROR EINVAL, s1, 9f, "ext2: not an ext2 file system: no magic number 0xef53 at byte 1080"

1:      lw      s1, SB_REV_LEVEL(s0)            # s2 inode size, s3 first inode, s4 incompat
        li      s2, EXT2_GOOD_OLD_INODE_SIZE
        li      s3, EXT2_GOOD_OLD_FIRST_INO
        li      s4, 0
        li      s5, 0
        beqz    s1, 2f
        li      t0, EXT2_DYNAMIC_REV
        beq     s1, t0, 1f
        E2_ERROR EINVAL, s1, 9f, "ext2: unknown revision level (this kernel reads revisions 0 and 1)"
1:      lhu     s2, SB_INODE_SIZE(s0)
        lw      s3, SB_FIRST_INO(s0)
        lw      s4, SB_FEATURE_INCOMPAT(s0)
        lw      s5, SB_FEATURE_RO_COMPAT(s0)
        andi    t0, s4, ~INCOMPAT_FILETYPE
        beqz    t0, 2f
        E2_ERROR EINVAL, t0, 9f, "ext2: the file system has incompatible features this kernel cannot handle (such as compression, a journal to recover, meta_bg, extents, 64bit, flex_bg)"

2:      lw      s6, SB_LOG_BLOCK_SIZE(s0)
        li      t0, 2
        bleu    s6, t0, 1f
        E2_ERROR EINVAL, s6, 9f, "ext2: the block size is not 1, 2 or 4 KiB (log_block_size is shown)"
1:      addi    s6, s6, 10                      # s6 = log2 of the block size
        li      s7, 1
        sll     s7, s7, s6                      # s7 = the block size
        # An inode is a power of two bytes, from 128 up to a block.
        addi    t0, s2, -1
        and     t0, t0, s2
        bnez    t0, 1f
        li      t0, EXT2_GOOD_OLD_INODE_SIZE
        bltu    s2, t0, 1f
        bleu    s2, s7, 3f
1:      E2_ERROR EIO, s2, 9f, "ext2: corrupt superblock: bad inode size"

3:      lw      t1, SB_BLOCKS_PER_GROUP(s0)
        slli    t2, s7, 3                       # a one-block bitmap maps 8 x block size
        beqz    t1, 1f
        bleu    t1, t2, 3f
1:      E2_ERROR EIO, t1, 9f, "ext2: corrupt superblock: bad blocks per group"
3:      lw      t1, SB_INODES_PER_GROUP(s0)
        beqz    t1, 1f
        bleu    t1, t2, 3f
1:      E2_ERROR EIO, t1, 9f, "ext2: corrupt superblock: bad inodes per group"
3:      lw      t1, SB_FIRST_DATA_BLOCK(s0)
        lw      t2, SB_BLOCKS_COUNT(s0)
        bltu    t1, t2, 3f
        E2_ERROR EIO, t1, 9f, "ext2: corrupt superblock: the first data block is past the last block"

        # The file system must fit on the disk.
3:      call    virtio_blk_capacity
        bnez    a1, 3f                          # 2 TiB or more: any 32-bit block count fits
        addi    t0, s6, -SECTOR_SHIFT
        srl     a0, a0, t0
        lw      t2, SB_BLOCKS_COUNT(s0)
        bleu    t2, a0, 3f
        E2_ERROR EIO, t2, 9f, "ext2: the file system is larger than the disk (its block count is shown)"

3:      mv      a0, s7
        call    bcache_init
        bnez    a0, 9f

        # Take the geometry; the groups' count is the blocks after the first data block, in
        # whole groups rounded up, and the descriptor table must fit inside the file system.
        la      t0, e2_block_shift
        sw      s6, 0(t0)
        la      t0, e2_inode_size
        sw      s2, 0(t0)
        la      t0, e2_first_ino
        sw      s3, 0(t0)
        andi    t1, s4, INCOMPAT_FILETYPE
        la      t0, e2_filetype
        sw      t1, 0(t0)
        andi    t1, s5, ~(RO_COMPAT_SPARSE_SUPER | RO_COMPAT_LARGE_FILE | RO_COMPAT_BTREE_DIR)
        snez    t1, t1
        la      t0, ext2_read_only
        sw      t1, 0(t0)
        lw      t1, SB_BLOCKS_COUNT(s0)
        la      t0, e2_blocks_count
        sw      t1, 0(t0)
        lw      t2, SB_FIRST_DATA_BLOCK(s0)
        la      t0, e2_first_data_block
        sw      t2, 0(t0)
        addi    t3, t2, 1
        la      t0, e2_gdt_block
        sw      t3, 0(t0)
        sub     t1, t1, t2
        lw      t2, SB_BLOCKS_PER_GROUP(s0)
        add     t1, t1, t2
        addi    t1, t1, -1
        divu    t1, t1, t2
        la      t0, e2_groups_count
        sw      t1, 0(t0)
        lw      t2, SB_INODES_PER_GROUP(s0)
        la      t0, e2_inodes_per_group
        sw      t2, 0(t0)
        lw      t0, SB_INODES_COUNT(s0)
        mul     t2, t2, t1                      # inodes in all groups
        bleu    t0, t2, 3f
        E2_ERROR EIO, t0, 9f, "ext2: corrupt superblock: more inodes than the groups hold"
3:      la      t2, e2_inodes_count
        sw      t0, 0(t2)
        slli    t1, t1, BG_SHIFT                # the table's bytes, then blocks
        add     t1, t1, s7
        addi    t1, t1, -1
        srl     t1, t1, s6
        add     t1, t1, t3
        lw      t2, SB_BLOCKS_COUNT(s0)
        bleu    t1, t2, 3f
        E2_ERROR EIO, t1, 9f, "ext2: corrupt superblock: the group descriptors run past the last block"

3:      la      t0, e2_mounted
        li      t1, 1
        sw      t1, 0(t0)
        li      a0, EXT2_ROOT_INO               # the root must be a directory
        la      a1, e2_root
        call    ext2_iget
        bnez    a0, 8f
        la      t0, e2_root
        lhu     t1, I_MODE(t0)
        li      t2, S_IFMT
        and     t1, t1, t2
        li      t2, S_IFDIR
        beq     t1, t2, 7f
        E2_ERROR EIO, t1, 8f, "ext2: corrupt file system: the root inode is not a directory"
7:      call    ext2_orphans_clean              # a corrupt list stays for e2fsck (ext2_errmsg)
        li      a0, 0
        j       9f
8:      la      t0, e2_mounted
        sw      zero, 0(t0)
9:      E2_RETURN
        .size ext2_mount, . - ext2_mount

# ext2_block_size: the mounted file system's block size.
#   Returns a0 = the block size in bytes (0 when nothing is mounted). Clobbers t0.
        .globl ext2_block_size
        .type ext2_block_size, @function
ext2_block_size:
        E2_LOAD t0, e2_mounted
        li      a0, 0
        beqz    t0, 1f
        E2_LOAD t0, e2_block_shift
        li      a0, 1
        sll     a0, a0, t0
1:      ret
        .size ext2_block_size, . - ext2_block_size

# e2_bread: hold a block of the file system through the cache.
#   a0 = the block number.
#   Returns a0 = the buffer and a1 = its data, or a0 = -EIO (the number is outside the file
#   system: below the first data block or past the last; ext2_errmsg says so) or an error of
#   bcache_read.
#   Clobbers a2-a7, t0-t3.
        .globl e2_bread
        .type e2_bread, @function
e2_bread:
        E2_LOAD t0, e2_first_data_block
        bltu    a0, t0, 1f
        E2_LOAD t0, e2_blocks_count
        bgeu    a0, t0, 1f
        tail    bcache_read
1:      E2_ERROR EIO, a0, 2f, "ext2: corrupt file system: a block number outside the file system"
2:      ret
        .size e2_bread, . - e2_bread

# ext2_iget: read an inode.
#   a0 = the inode number, a1 = where to put the in-memory inode (INODE_SIZE bytes: the first 128
#   bytes of the disk inode, then its number at INODE_INO).
#   Returns a0 = 0, or an error of e2_iloc. Clobbers a1-a7, t0-t3.
        .globl ext2_iget
        .type ext2_iget, @function
ext2_iget:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        call    e2_iloc
        IS_ERROR a0, 9f, t0
        mv      s6, a0
        mv      a0, s1
        li      a2, INODE_DISK_SIZE
        call    e2_copy
        sw      s0, INODE_INO(s1)
        mv      a0, s6
        call    bcache_release
        li      a0, 0
9:      E2_RETURN
        .size ext2_iget, . - ext2_iget

# e2_iloc: hold the block of the inode table that holds an inode.
#   a0 = the inode number.
#   Returns a0 = the held buffer and a1 = the inode's bytes in it; or a0 = -EIO (a number
#   outside 1..inodes_count, a group descriptor that points outside the file system, or the disk
#   failed), -ENOMEM (the cache is full), -EINVAL (nothing mounted). Clobbers a2-a7, t0-t3.
        .globl e2_iloc
        .type e2_iloc, @function
e2_iloc:
        E2_ENTER
        mv      s0, a0
        E2_LOAD t0, e2_mounted
        bnez    t0, 1f
        E2_ERROR EINVAL, zero, 9f, "ext2: no file system is mounted"
1:      E2_LOAD t0, e2_inodes_count
        beqz    s0, 1f
        bleu    s0, t0, 2f
1:      E2_ERROR EIO, s0, 9f, "ext2: corrupt file system: an inode number out of range"

2:      addi    t0, s0, -1
        E2_LOAD t1, e2_inodes_per_group
        divu    s2, t0, t1                      # s2 = the group
        remu    s3, t0, t1                      # s3 = the index in the group's table
        mv      a0, s2
        call    e2_gdesc
        IS_ERROR a0, 9f, t0
        lw      s5, BG_INODE_TABLE(a1)
        call    bcache_release

        E2_LOAD t0, e2_inode_size
        mul     t0, s3, t0
        E2_LOAD t1, e2_block_shift
        srl     a0, t0, t1
        add     a0, a0, s5
        li      t2, 1
        sll     t2, t2, t1
        addi    t2, t2, -1
        and     s4, t0, t2                      # s4 = the inode's offset in its block
        call    e2_bread
        IS_ERROR a0, 9f, t0
        add     a1, a1, s4
9:      E2_RETURN
        .size e2_iloc, . - e2_iloc

# e2_gdesc: hold the block that holds a group's descriptor.
#   a0 = the group (below the groups' count: the caller's arithmetic guarantees it).
#   Returns a0 = the held buffer and a1 = the descriptor in it, or an error of e2_bread.
#   Clobbers a2-a7, t0-t3.
        .globl e2_gdesc
        .type e2_gdesc, @function
e2_gdesc:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s0, 8(sp)
        E2_LOAD t2, e2_block_shift
        addi    t2, t2, -BG_SHIFT               # descriptors per block, as a shift
        srl     t1, a0, t2
        li      t0, 1
        sll     t0, t0, t2
        addi    t0, t0, -1
        and     s0, a0, t0
        slli    s0, s0, BG_SHIFT                # s0 = the descriptor's offset in its block
        E2_LOAD a0, e2_gdt_block
        add     a0, a0, t1
        call    e2_bread
        li      t0, -4095
        bgeu    a0, t0, 1f
        add     a1, a1, s0
1:      lw      ra, 12(sp)
        lw      s0, 8(sp)
        addi    sp, sp, 16
        ret
        .size e2_gdesc, . - e2_gdesc

# ext2_bmap: the disk block that holds a block of a file.
#   a0 = the in-memory inode, a1 = the block's index in the file.
#   Returns a0 = the block number, 0 for a hole (reads as zeros), or -EFBIG (past what triple
#   indirection reaches), -EIO (a pointer outside the file system, or the disk failed), -ENOMEM.
#   Clobbers a1-a7, t0-t3.
#
#   Past the 12 direct pointers, level n maps ppb^n blocks (ppb: pointers per block, 256, 512 or
#   1024); the index is then taken apart in base ppb, one digit for each indirect block on the
#   way down, the most significant first.
        .globl ext2_bmap
        .type ext2_bmap, @function
ext2_bmap:
        E2_ENTER
        li      t0, I_NDIR_BLOCKS
        bgeu    a1, t0, 1f
        slli    a1, a1, 2
        add     a1, a1, a0
        lw      a0, I_BLOCK(a1)
        j       7f

1:      mv      s0, a0
        sub     s1, a1, t0                      # s1 = the index past the direct blocks
        E2_LOAD s3, e2_block_shift
        addi    s3, s3, -2                      # s3 = log2 of ppb
        li      s2, 1                           # s2 = levels of indirection
        mv      t1, s3                          # t1 = log2 of ppb^levels
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
        add     t0, t0, s0
        lw      s4, I_BLOCK(t0)                 # s4 = the block at the current level
4:      beqz    s4, 8f                          # a hole in the map: the whole range is a hole
        addi    s2, s2, -1
        mv      a0, s4
        call    e2_bread
        IS_ERROR a0, 9f, t0
        mul     t0, s2, s3                      # this level's digit of the index
        srl     t0, s1, t0
        li      t1, 1
        sll     t1, t1, s3
        addi    t1, t1, -1
        and     t0, t0, t1
        slli    t0, t0, 2
        add     a1, a1, t0
        lw      s4, 0(a1)
        call    bcache_release
        bnez    s2, 4b
        mv      a0, s4

7:      beqz    a0, 9f                          # the block itself is checked, not read
        E2_LOAD t0, e2_first_data_block
        bltu    a0, t0, 6f
        E2_LOAD t0, e2_blocks_count
        bltu    a0, t0, 9f
6:      E2_ERROR EIO, a0, 9f, "ext2: corrupt file system: a block number outside the file system"
8:      li      a0, 0
9:      E2_RETURN
        .size ext2_bmap, . - ext2_bmap

# ext2_size: the size of a file, as this code addresses it.
#   a0 = the in-memory inode. Returns a0 = the size (a regular file of 4 GiB or more: 4 GiB - 1).
#   Clobbers t0, t1.
        .globl ext2_size
        .type ext2_size, @function
ext2_size:
        lhu     t0, I_MODE(a0)
        li      t1, S_IFMT
        and     t0, t0, t1
        li      t1, S_IFREG
        bne     t0, t1, 1f
        lw      t0, I_SIZE_HIGH(a0)
        beqz    t0, 1f
        li      a0, -1
        ret
1:      lw      a0, I_SIZE(a0)
        ret
        .size ext2_size, . - ext2_size

# ext2_read: copy bytes of a file to memory.
#   a0 = the in-memory inode, a1 = the destination, a2 = the offset in the file, a3 = the count.
#   Returns a0 = the bytes copied (fewer than asked at the end of the file, 0 at or past it), or
#   -EIO or -ENOMEM when nothing could be copied (after a partial copy, its length).
#   Clobbers a1-a7, t0-t3.
        .globl ext2_read
        .type ext2_read, @function
ext2_read:
        E2_ENTER
        mv      s0, a0                          # s0 inode, s1 destination, s2 offset
        mv      s1, a1
        mv      s2, a2
        mv      s3, a3                          # s3 bytes still to copy, s4 bytes copied
        li      s4, 0
        call    ext2_size
        bgeu    s2, a0, 8f
        sub     t0, a0, s2
        bleu    s3, t0, 1f
        mv      s3, t0

1:      beqz    s3, 8f
        E2_LOAD t0, e2_block_shift
        li      t1, 1
        sll     t1, t1, t0
        addi    t2, t1, -1
        and     s5, s2, t2                      # s5 = the offset in the block
        sub     s6, t1, s5                      # s6 = the bytes from this block
        bleu    s6, s3, 2f
        mv      s6, s3
2:      mv      a0, s0
        srl     a1, s2, t0
        call    ext2_bmap
        IS_ERROR a0, 7f, t0
        bnez    a0, 3f
        mv      a0, s1                          # a hole
        mv      a1, s6
        call    e2_zero
        j       4f
3:      call    e2_bread
        IS_ERROR a0, 7f, t0
        mv      s7, a0
        add     a1, a1, s5
        mv      a0, s1
        mv      a2, s6
        call    e2_copy
        mv      a0, s7
        call    bcache_release
4:      add     s1, s1, s6
        add     s2, s2, s6
        sub     s3, s3, s6
        add     s4, s4, s6
        j       1b

7:      beqz    s4, 9f                          # an error after a partial copy: its length
8:      mv      a0, s4
9:      E2_RETURN
        .size ext2_read, . - ext2_read

# e2_dir_scan: the first used entry of a directory at or after a position.
#   a0 = the directory's in-memory inode, a1 = the position (a byte offset in the directory; one
#   inside an entry moves on to the next entry, as Linux does after a seek).
#   Returns a0 = 0 with a1 = the held buffer (the caller releases it), a2 = the entry in it,
#   a3 = the entry's position, a4 = the position after it; or a0 = 1 at the end of the directory;
#   or -EIO (the disk failed; a hole; an entry whose record length is not a multiple of 4, is
#   shorter than its name needs or crosses its block, or whose inode number is past the inode
#   count), -ENOMEM. Clobbers a5-a7, t0-t3.
        .globl e2_dir_scan
        .type e2_dir_scan, @function
e2_dir_scan:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
1:      mv      a0, s0
        call    ext2_size
        li      t0, DE_MIN_SIZE                 # no room left for an entry: the end
        bltu    a0, t0, 8f
        sub     a0, a0, t0
        bgtu    s1, a0, 8f
        E2_LOAD s2, e2_block_shift
        srl     s3, s1, s2
        mv      a0, s0
        mv      a1, s3
        call    ext2_bmap
        IS_ERROR a0, 9f, t0
        bnez    a0, 2f
        E2_ERROR EIO, s1, 9f, "ext2: corrupt directory: a hole in a directory (its position is shown)"
2:      call    e2_bread
        IS_ERROR a0, 9f, t0
        mv      s4, a0                          # s4 the buffer, s5 the block's data
        mv      s5, a1
        sll     s3, s3, s2                      # s3 = the block's position
        li      s6, 0                           # s6 = the entry's offset in the block
        li      s7, 1
        sll     s7, s7, s2                      # s7 = the block size
3:      add     a2, s5, s6
        lhu     t0, DE_REC_LEN(a2)
        lbu     t1, DE_NAME_LEN(a2)
        addi    t1, t1, DE_NAME + 3             # the smallest record for the name
        andi    t1, t1, -4
        andi    t2, t0, 3
        bnez    t2, 4f
        bltu    t0, t1, 4f
        add     t2, s6, t0
        bgtu    t2, s7, 4f
        add     a3, s3, s6
        add     a4, a3, t0
        bltu    a3, s1, 5f                      # before the position asked for
        lw      t1, DE_INODE(a2)
        beqz    t1, 5f                          # unused
        E2_LOAD t0, e2_inodes_count
        bgtu    t1, t0, 4f
        mv      a1, s4
        li      a0, 0
        j       9f
5:      mv      s6, t2
        bltu    s6, s7, 3b
        mv      a0, s4
        call    bcache_release
        add     s1, s3, s7                      # on to the next block
        j       1b
4:      mv      a0, s4
        call    bcache_release
        add     t2, s3, s6
        E2_ERROR EIO, t2, 9f, "ext2: corrupt directory: an entry with a bad record length or inode number (its position is shown)"
8:      li      a0, 1
9:      E2_RETURN
        .size e2_dir_scan, . - e2_dir_scan

# ext2_lookup: find a name in a directory.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length in bytes (no NUL needed).
#   Returns a0 = the inode number, or an error of e2_find_entry. Clobbers a1-a7, t0-t3.
        .globl ext2_lookup
        .type ext2_lookup, @function
ext2_lookup:
        E2_ENTER
        call    e2_find_entry
        bnez    a0, 9f
        lw      s0, DE_INODE(a2)
        mv      a0, a1
        call    bcache_release
        mv      a0, s0
9:      E2_RETURN
        .size ext2_lookup, . - ext2_lookup

# e2_find_entry: find a name's entry in a directory.
#   a0 = the directory's in-memory inode, a1 = the name, a2 = its length in bytes.
#   Returns a0 = 0 with a1 = the held buffer (the caller releases it), a2 = the entry in it, a3 =
#   the entry's position; or a0 = -ENOTDIR (not a directory), -ENAMETOOLONG (over 255 bytes),
#   -ENOENT (no such name), or an error of e2_dir_scan. Clobbers a4-a7, t0-t3.
        .globl e2_find_entry
        .type e2_find_entry, @function
e2_find_entry:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        li      a0, -ENOTDIR
        lhu     t0, I_MODE(s0)
        li      t1, S_IFMT
        and     t0, t0, t1
        li      t1, S_IFDIR
        bne     t0, t1, 9f
        li      a0, -ENAMETOOLONG
        li      t0, EXT2_NAME_LEN
        bgtu    s2, t0, 9f
        li      s3, 0                           # s3 = the position
1:      mv      a0, s0
        mv      a1, s3
        call    e2_dir_scan
        bnez    a0, 8f
        mv      s3, a4
        mv      s4, a1
        lbu     t0, DE_NAME_LEN(a2)
        bne     t0, s2, 3f
        addi    t0, a2, DE_NAME                 # compare the names
        mv      t1, s1
        add     t2, s1, s2
2:      beq     t1, t2, 9f
        lbu     t3, 0(t0)
        lbu     a5, 0(t1)
        bne     t3, a5, 3f
        addi    t0, t0, 1
        addi    t1, t1, 1
        j       2b
3:      mv      a0, s4
        call    bcache_release
        j       1b
8:      li      t0, 1
        bne     a0, t0, 9f
        li      a0, -ENOENT
9:      E2_RETURN
        .size e2_find_entry, . - e2_find_entry

# ext2_namei: find the inode a path names, following symbolic links, the last name's too.
#   a0 = the path, NUL-terminated; a1 = the inode number where a relative path starts (the
#   current directory); a2 = where to put the in-memory inode.
#   Returns a0 = 0, or -ENOENT (an empty path, a missing name, a link with an empty target),
#   -ENOTDIR (a component before the last, or one followed by '/', is not a directory),
#   -ENAMETOOLONG (a name over 255 bytes; a link's target and the rest of the path over
#   E2_PATH_MAX - 1 bytes), -ELOOP (more than E2_MAXSYMLINKS links followed, as Linux's 40), or
#   an error of ext2_iget, ext2_lookup or ext2_readlink. Empty components ("a//b") are skipped;
#   "." and ".." are the directory's own entries; a link's target goes on from the directory the
#   link is in (the root for an absolute one), as Linux's namei. Clobbers a1-a7, t0-t3.
# ext2_namei_nofollow: the same, but a last name that is a symbolic link gives the link itself
# (what lstat, readlink, O_NOFOLLOW see).
        .equ E2_MAXSYMLINKS, 40
        .equ E2_PATH_MAX, 4096
        .globl ext2_namei, ext2_namei_nofollow
        .type ext2_namei, @function
ext2_namei:
        li      a3, 1
        j       e2_namei
ext2_namei_nofollow:
        li      a3, 0
e2_namei:
        E2_ENTER
        mv      s0, a0                          # s0 the rest of the path
        mv      s1, a2                          # s1 the inode so far
        mv      s3, a3                          # s3 nonzero: follow a last link
        li      s4, 0                           # s4 the links followed
        lbu     t0, 0(s0)
        li      a0, -ENOENT
        beqz    t0, 9f
        mv      a0, a1
1:      lbu     t0, 0(s0)                       # a0 where a relative s0 starts
        li      t1, '/'
        bne     t0, t1, 6f
        li      a0, EXT2_ROOT_INO
6:      mv      a1, s1
        call    ext2_iget
        bnez    a0, 9f

2:      li      t1, '/'                         # skip slashes
        lbu     t0, 0(s0)
        bne     t0, t1, 3f
        addi    s0, s0, 1
        j       2b
3:      li      a0, 0
        beqz    t0, 9f
        mv      s2, s0                          # s2 the component, s0 its end
4:      addi    s0, s0, 1
        lbu     t0, 0(s0)
        beqz    t0, 5f
        bne     t0, t1, 4b
5:      lw      s5, INODE_INO(s1)               # s5 the directory the component is in
        mv      a0, s1
        mv      a1, s2
        sub     a2, s0, s2
        call    ext2_lookup
        IS_ERROR a0, 9f, t0
        mv      a1, s1
        call    ext2_iget
        bnez    a0, 9f
        lhu     t0, I_MODE(s1)
        li      t1, S_IFMT
        and     t0, t0, t1
        li      t1, S_IFLNK
        beq     t0, t1, 7f
        lbu     t2, 0(s0)                       # "name/" must name a directory
        beqz    t2, 2b
        li      t1, S_IFDIR
        beq     t0, t1, 2b
        li      a0, -ENOTDIR
        j       9f
7:      lbu     t2, 0(s0)                       # a symbolic link: the last name, kept?
        bnez    t2, 8f
        li      a0, 0
        beqz    s3, 9f
8:      addi    s4, s4, 1
        li      t0, E2_MAXSYMLINKS
        li      a0, -ELOOP
        bgtu    s4, t0, 9f
        mv      a0, s1
        mv      a1, s0
        call    e2_splice_link
        bnez    a0, 9f
        la      s0, e2_link_path
        mv      a0, s5
        j       1b
9:      E2_RETURN
        .size ext2_namei, . - ext2_namei

# e2_splice_link: e2_link_path = a symbolic link's target, then the rest of the path after it.
#   a0 = the link's in-memory inode, a1 = the rest ("" or "/..."; it may be in e2_link_path).
#   Returns a0 = 0, -ENOENT (an empty target), -ENAMETOOLONG (the two over E2_PATH_MAX - 1
#   bytes), or an error of ext2_readlink. Clobbers a1-a7, t0-t3.
        .type e2_splice_link, @function
e2_splice_link:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        lw      s2, I_SIZE(s0)                  # s2 the target's length
        li      a0, -ENOENT
        beqz    s2, 9f
        mv      s3, s1                          # s3 the rest's length
1:      lbu     t0, 0(s3)
        beqz    t0, 2f
        addi    s3, s3, 1
        j       1b
2:      sub     s3, s3, s1
        add     t0, s2, s3
        li      t1, E2_PATH_MAX - 1
        li      a0, -ENAMETOOLONG
        bgtu    t0, t1, 9f
        la      a0, e2_link_path                # the rest moves first: it may be in the way
        add     a0, a0, s2
        mv      a1, s1
        addi    a2, s3, 1
        call    e2_memmove
        mv      a0, s0
        la      a1, e2_link_path
        call    ext2_readlink
        bltz    a0, 9f
        li      a0, 0
9:      E2_RETURN
        .size e2_splice_link, . - e2_splice_link

# e2_memmove: a0 = destination, a1 = source, a2 = bytes; the areas may overlap. Clobbers t0-t2.
        .type e2_memmove, @function
e2_memmove:
        beqz    a2, 3f
        bltu    a1, a0, 2f
        li      t0, 0                           # forwards
1:      add     t1, a1, t0
        lbu     t2, 0(t1)
        add     t1, a0, t0
        sb      t2, 0(t1)
        addi    t0, t0, 1
        bltu    t0, a2, 1b
        ret
2:      mv      t0, a2                          # backwards
4:      addi    t0, t0, -1
        add     t1, a1, t0
        lbu     t2, 0(t1)
        add     t1, a0, t0
        sb      t2, 0(t1)
        bnez    t0, 4b
3:      ret
        .size e2_memmove, . - e2_memmove

# ext2_readlink: a symbolic link's target, from i_block (a fast link) or its first block.
#   a0 = the link's in-memory inode, a1 = where to put the target (E2_PATH_MAX bytes; no NUL
#   is added). Returns a0 = the target's length, or -EINVAL (not a symbolic link), -EIO (a
#   corrupt link: a target of a page or more, a fast one longer than i_block, a slow one shorter
#   than its size; ext2_errmsg says which), or an error of ext2_read. Clobbers a1-a7, t0-t3.
        .globl ext2_readlink
        .type ext2_readlink, @function
ext2_readlink:
        E2_ENTER
        mv      s0, a0
        mv      s1, a1
        lhu     t0, I_MODE(s0)
        li      t1, S_IFMT
        and     t0, t0, t1
        li      t1, S_IFLNK
        li      a0, -EINVAL
        bne     t0, t1, 9f
        lw      s2, I_SIZE(s0)                  # s2 the target's length
        li      t0, E2_PATH_MAX
        bltu    s2, t0, 1f
        E2_ERROR EIO, s2, 9f, "ext2: corrupt file system: a symbolic link of a page or more"
1:      E2_FAST_LINK s0, 2f
        mv      a0, s0                          # slow: in the first block
        mv      a1, s1
        li      a2, 0
        mv      a3, s2
        call    ext2_read
        IS_ERROR a0, 9f, t0
        beq     a0, s2, 9f
        E2_ERROR EIO, s2, 9f, "ext2: corrupt file system: a symbolic link shorter than its size"
2:      li      t0, I_N_BLOCKS * 4
        bltu    s2, t0, 3f
        E2_ERROR EIO, s2, 9f, "ext2: corrupt file system: a fast symbolic link longer than i_block"
3:      mv      a0, s1
        addi    a1, s0, I_BLOCK
        mv      a2, s2
        call    e2_copy
        mv      a0, s2
9:      E2_RETURN
        .size ext2_readlink, . - ext2_readlink

# ext2_getdents64: directory entries as struct linux_dirent64, as Linux's getdents64 fills them.
#   a0 = the directory's in-memory inode, a1 = the position to start at (the file offset),
#   a2 = the buffer, a3 = its size.
#   Returns a0 = the bytes filled (0 at the end of the directory) and a1 = the new position; or
#   a0 = -ENOTDIR, -EINVAL (the buffer cannot hold the next entry), or an error of e2_dir_scan
#   when no entry was filled. d_off of an entry is the position of the entry after it, as Linux
#   gives it (the position to seek to, to go on after this entry); d_type comes from the entry's
#   file type, DT_UNKNOWN without the filetype feature. Clobbers a2-a7, t0-t3.
        .globl ext2_getdents64
        .type ext2_getdents64, @function
ext2_getdents64:
        E2_ENTER
        mv      s0, a0                          # s0 the directory, s1 the position
        mv      s1, a1
        mv      s2, a2                          # s2 where the next record goes
        sw      a2, 0(sp)                       # the buffer's start
        add     s3, a2, a3                      # s3 the buffer's end
        li      s4, 0                           # s4 the last record filled, or 0
        lhu     t0, I_MODE(s0)
        li      t1, S_IFMT
        and     t0, t0, t1
        li      t1, S_IFDIR
        li      a0, -ENOTDIR
        bne     t0, t1, 9f

1:      mv      a0, s0
        mv      a1, s1
        call    e2_dir_scan
        beqz    a0, 2f
        li      t0, 1
        bne     a0, t0, 7f
        mv      a0, s0                          # the end: the position is the size, unless
        call    ext2_size                       # it was already past the last entry's room
        addi    t0, a0, -DE_MIN_SIZE            # (then it stays, as on Linux)
        bgt     s1, t0, 8f
        mv      s1, a0
        j       8f
2:      mv      s5, a1                          # s5 the buffer, s6 the entry
        mv      s6, a2
        lbu     s7, DE_NAME_LEN(s6)
        addi    t0, s7, D64_NAME + 1 + 7
        andi    t0, t0, -8                      # the record's length
        add     t1, s2, t0
        bleu    t1, s3, 3f
        mv      a0, s5                          # no room: stop before this entry
        call    bcache_release
        li      a0, -EINVAL
        beqz    s4, 9f
        mv      s1, a3
        j       8f
3:      beqz    s4, 4f
        sw      a3, D64_OFF(s4)                 # the previous record goes on here
4:      mv      s4, s2
        mv      s1, a4
        lw      t1, DE_INODE(s6)
        sw      t1, D64_INO(s2)
        sw      zero, D64_INO + 4(s2)
        sw      a4, D64_OFF(s2)
        sw      zero, D64_OFF + 4(s2)
        sh      t0, D64_RECLEN(s2)
        li      t2, DT_UNKNOWN
        E2_LOAD t1, e2_filetype
        beqz    t1, 5f
        lbu     t1, DE_FILE_TYPE(s6)
        li      t3, EXT2_FT_MAX
        bgtu    t1, t3, 5f
        la      t3, e2_dtype
        add     t3, t3, t1
        lbu     t2, 0(t3)
5:      sb      t2, D64_TYPE(s2)
        add     s2, s2, t0
        addi    a0, s4, D64_NAME                # the name, then zeros to the record's end
        sub     a1, s2, a0
        call    e2_zero
        addi    a0, s4, D64_NAME
        addi    a1, s6, DE_NAME
        mv      a2, s7
        call    e2_copy
        mv      a0, s5
        call    bcache_release
        j       1b

7:      beqz    s4, 9f                          # an error after some records: give those
8:      beqz    s4, 6f
        sw      s1, D64_OFF(s4)
6:      lw      a0, 0(sp)
        sub     a0, s2, a0
        mv      a1, s1
9:      E2_RETURN
        .size ext2_getdents64, . - ext2_getdents64

# e2_copy: copy a2 bytes from a1 to a0 (the areas do not overlap); a word at a time when both
# are equally aligned. Clobbers t0-t2, a1.
        .globl e2_copy
        .type e2_copy, @function
e2_copy:
        add     t2, a0, a2                      # t2 the end, t0 the next byte
        mv      t0, a0
        xor     t1, a0, a1
        andi    t1, t1, 3
        bnez    t1, 3f
1:      andi    t1, t0, 3                       # bytes up to a word boundary
        beqz    t1, 2f
        beq     t0, t2, 4f
        lbu     t1, 0(a1)
        sb      t1, 0(t0)
        addi    t0, t0, 1
        addi    a1, a1, 1
        j       1b
2:      addi    t1, t0, 4                       # whole words
        bgtu    t1, t2, 3f
        lw      t1, 0(a1)
        sw      t1, 0(t0)
        addi    t0, t0, 4
        addi    a1, a1, 4
        j       2b
3:      beq     t0, t2, 4f                      # the rest, bytes
        lbu     t1, 0(a1)
        sb      t1, 0(t0)
        addi    t0, t0, 1
        addi    a1, a1, 1
        j       3b
4:      ret
        .size e2_copy, . - e2_copy

# e2_zero: zero a1 bytes at a0, a word at a time where aligned. Clobbers t0-t2.
        .globl e2_zero
        .type e2_zero, @function
e2_zero:
        add     t1, a0, a1                      # t1 the end, t0 the next byte
        mv      t0, a0
1:      andi    t2, t0, 3
        beqz    t2, 2f
        beq     t0, t1, 4f
        sb      zero, 0(t0)
        addi    t0, t0, 1
        j       1b
2:      addi    t2, t0, 4
        bgtu    t2, t1, 3f
        sw      zero, 0(t0)
        mv      t0, t2
        j       2b
3:      beq     t0, t1, 4f
        sb      zero, 0(t0)
        addi    t0, t0, 1
        j       3b
4:      ret
        .size e2_zero, . - e2_zero

        .section .rodata
# e2_dtype: the getdents64 d_type of each ext2 file type 0..7 (unknown, regular, directory,
# character device, block device, FIFO, socket, symbolic link).
e2_dtype:
        .byte 0, 8, 4, 2, 6, 1, 12, 10

        .bss
e2_link_path:           .space E2_PATH_MAX      # a path with a symbolic link's target spliced in
        .balign 4
ext2_sb:                .space SB_SIZE          # the superblock as read at mount
e2_root:                .space INODE_SIZE       # the root inode, read at mount as a check
e2_mounted:             .space 4                # 1 once ext2_mount has succeeded
e2_block_shift:         .space 4                # log2 of the block size
e2_blocks_count:        .space 4
e2_first_data_block:    .space 4
e2_gdt_block:           .space 4                # the first block of the descriptor table
e2_groups_count:        .space 4
e2_inodes_count:        .space 4
e2_inodes_per_group:    .space 4
e2_inode_size:          .space 4
e2_first_ino:           .space 4
e2_filetype:            .space 4                # nonzero: entries carry the file type
        .globl ext2_sb, e2_mounted, e2_block_shift, e2_blocks_count, e2_first_data_block, e2_gdt_block
        .globl e2_groups_count, e2_inodes_count, e2_inodes_per_group, e2_inode_size, e2_first_ino, e2_filetype
        .globl ext2_read_only, ext2_errmsg, ext2_errval
ext2_read_only:         .space 4                # 1: a read-only-compatible feature we do not know
ext2_errmsg:            .space 4                # the message of the last error, NUL-terminated
ext2_errval:            .space 4                # the number that was wrong
