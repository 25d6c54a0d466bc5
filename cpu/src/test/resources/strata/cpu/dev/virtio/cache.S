# cache: the write cache the writeback byte of the configuration space shows (virtio 1.2, 5.2.5
# and 5.2.6.1). A driver that takes CONFIG_WCE may switch it; one that takes neither CONFIG_WCE
# nor FLUSH cannot flush, so at DRIVER_OK the device writes through (writeback 0); a reset brings
# back write-back. Each line shows writeback after a step.
        .include "../../board/programs/virt.inc"
        .include "virtio.inc"
        .include "print.inc"
        .include "driver.inc"

        .equ BLK_F_CONFIG_WCE, 1 << 11
        .equ BLK_WRITEBACK, 0x20

# WRITEBACK "text": the text and the writeback byte on a line.
        .macro WRITEBACK text
        lbu     s5, MMIO_CONFIG + BLK_WRITEBACK(s1)
        SAY     "\text"
        SHOW    "writeback", s5
        NEWLINE
        .endm

        .text
        .globl _start
_start:
        call    scan
        li      a0, ACKED_LOW | BLK_F_CONFIG_WCE
        call    negotiate
        call    setup_queue
        WRITEBACK "flush and config_wce taken"
        sb      zero, MMIO_CONFIG + BLK_WRITEBACK(s1)
        WRITEBACK "0 written"
        li      a0, BLK_T_OUT           # a write through the cache that is off
        li      a1, 1
        la      a2, buffer_a
        li      a3, 512
        call    request
        RESULT  "write"
        NEWLINE
        li      t0, 1
        sb      t0, MMIO_CONFIG + BLK_WRITEBACK(s1)
        WRITEBACK "1 written"
        li      a0, F_INDIRECT_DESC
        call    negotiate
        call    setup_queue
        WRITEBACK "neither flush nor config_wce"
        sw      zero, MMIO_STATUS(s1)
        WRITEBACK "reset"
        li      a0, BLK_F_CONFIG_WCE
        call    negotiate
        call    setup_queue
        WRITEBACK "config_wce without flush"
        li      a0, 0
        call    exit

        .include "driver.S"
        .include "../../board/programs/lib.S"
