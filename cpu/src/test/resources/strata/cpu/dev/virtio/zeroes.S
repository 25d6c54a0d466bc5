# zeroes: the DISCARD and WRITE_ZEROES requests (virtio 1.2, 5.2.6). After the header comes one
# segment the device reads: u64 sector, u32 number of sectors, u32 flags (UNMAP 1). Write-zeroes
# zeros the sectors; discard is a hint that changes nothing here (QEMU's drives ignore it unless
# started with discard=unmap). Each line: the request, its status, and what a read shows after.
        .include "../../board/programs/virt.inc"
        .include "virtio.inc"
        .include "print.inc"
        .include "driver.inc"

        .equ F_DISCARD, 1 << 13
        .equ F_WRITE_ZEROES, 1 << 14
        .equ BLK_T_DISCARD, 11
        .equ BLK_T_WRITE_ZEROES, 13
        .equ UNMAP, 1

# ZERO "text", type, sector, count, flags[, length]: one request with a segment of length bytes
# (16 unless given), then its status on a line.
        .macro ZERO text, type, sector, count, flags, length=16
        la      t0, segment
        li      t1, \sector
        sw      t1, 0(t0)
        sw      zero, 4(t0)
        li      t1, \count
        sw      t1, 8(t0)
        li      t1, \flags
        sw      t1, 12(t0)
        li      a0, \type
        li      a2, \length
        call    segment_request
        RESULT  "\text"
        .endm

# AFTER sector: " sum" and the checksum of the sector as it reads now, then a newline.
        .macro AFTER sector
        li      a0, BLK_T_IN
        li      a1, \sector
        la      a2, buffer_a
        li      a3, 512
        call    request
        la      a0, buffer_a
        li      a1, 512
        call    checksum
        mv      s5, a0
        SHOW    "sum", s5
        NEWLINE
        .endm

        .text
        .globl _start
_start:
        call    scan
        li      a0, ACKED_LOW | F_DISCARD | F_WRITE_ZEROES
        call    negotiate
        call    setup_queue
        SAY     "config"
        lw      s5, MMIO_CONFIG + 0x24(s1)
        SHOW    "max_discard_sectors", s5
        lw      s5, MMIO_CONFIG + 0x28(s1)
        SHOW    "max_discard_seg", s5
        lw      s5, MMIO_CONFIG + 0x2c(s1)
        SHOW    "discard_sector_alignment", s5
        lw      s5, MMIO_CONFIG + 0x30(s1)
        SHOW    "max_write_zeroes_sectors", s5
        lw      s5, MMIO_CONFIG + 0x34(s1)
        SHOW    "max_write_zeroes_seg", s5
        lbu     s5, MMIO_CONFIG + 0x38(s1)
        SHOW    "write_zeroes_may_unmap", s5
        lbu     s5, MMIO_CONFIG + 0x39(s1)
        SHOW    "past", s5
        NEWLINE
        AFTER   2
        ZERO    "write zeroes 2-3", BLK_T_WRITE_ZEROES, 2, 2, 0
        AFTER   3
        ZERO    "write zeroes 4, unmap", BLK_T_WRITE_ZEROES, 4, 1, UNMAP
        AFTER   4
        ZERO    "discard 5", BLK_T_DISCARD, 5, 1, 0
        AFTER   5
        ZERO    "discard 5, unmap", BLK_T_DISCARD, 5, 1, UNMAP
        AFTER   5
        ZERO    "write zeroes 6, flag 2", BLK_T_WRITE_ZEROES, 6, 1, 2
        AFTER   6
        ZERO    "write zeroes 7, none", BLK_T_WRITE_ZEROES, 7, 0, 0
        AFTER   7
        ZERO    "write zeroes past the end", BLK_T_WRITE_ZEROES, 128, 2, 0
        AFTER   128
        ZERO    "write zeroes too many", BLK_T_WRITE_ZEROES, 0, 0x400000, 0
        AFTER   0
        ZERO    "discard without OUT", BLK_T_DISCARD - 1, 8, 1, 0
        AFTER   8
        ZERO    "write zeroes, two segments", BLK_T_WRITE_ZEROES, 9, 1, 0, 32
        AFTER   9
        li      a0, 0
        call    exit

# segment_request: a0 = type, a2 = the segment's length; header (sector 0), segment, status.
# Returns as request does.
segment_request:
        li      a1, 0
        HEADER
        la      t1, ring
        li      t2, DESC_HEADER_LEN
        li      t4, DESC_F_NEXT
        DESCRIBE t1, 0, t0, t2, t4, 1
        la      t0, segment
        DESCRIBE t1, DESC_SIZE, t0, a2, t4, 2
        la      t0, status
        li      t2, 1
        li      t4, DESC_F_WRITE
        DESCRIBE t1, 2 * DESC_SIZE, t0, t2, t4, 0
        li      a0, 0
        j       submit

        .include "driver.S"
        .include "../../board/programs/lib.S"

        .section .bss
        .align  4
segment:
        .space  32
        .text
