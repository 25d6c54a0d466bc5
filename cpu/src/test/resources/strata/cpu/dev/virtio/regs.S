# regs: the registers of an empty virtio-mmio slot and of the block device's, read and written
# with every width, before any driver set-up: what each answers, what each ignores, where the
# 0x200-byte window ends (an access past it faults; the trap handler reports the cause).
# Either register layout: the version register says which one the board has.
        .include "../../board/programs/virt.inc"
        .include "virtio.inc"
        .include "print.inc"

        .equ EMPTY, VIRTIO_SLOTS
        .equ BLOCK, VIRTIO_SLOTS + (VIRTIO_SLOT_COUNT - 1) * VIRTIO_SLOT_SIZE
        .equ FAULT, 0x0bad0000          # what a faulting access leaves, or'ed with mcause

# PROBE "name", load, offset: load from offset(s1) into s5 and print it.
        .macro PROBE name, load, offset
        \load   s5, \offset(s1)
        SHOW    "\name", s5
        .endm

# POKE offset, value: store the word value at offset(s1).
        .macro POKE offset, value
        li      t0, \value
        sw      t0, \offset(s1)
        .endm

        .text
        .globl _start
_start:
        la      t0, trap
        csrw    mtvec, t0
        li      s1, EMPTY
        SAY     "empty"
        PROBE   "magic", lw, MMIO_MAGIC
        PROBE   "magic-byte", lbu, MMIO_MAGIC
        PROBE   "magic-half", lhu, MMIO_MAGIC
        PROBE   "magic+2", lhu, MMIO_MAGIC + 2
        PROBE   "version-byte", lbu, MMIO_VERSION
        PROBE   "device", lw, MMIO_DEVICE_ID
        PROBE   "vendor", lw, MMIO_VENDOR_ID
        PROBE   "features", lw, MMIO_DEVICE_FEATURES
        PROBE   "num-max", lw, MMIO_QUEUE_NUM_MAX
        PROBE   "shm", lw, 0x0b0
        PROBE   "config", lw, MMIO_CONFIG
        POKE    MMIO_STATUS, 3
        PROBE   "status", lw, MMIO_STATUS
        PROBE   "past", lw, 0x200
        NEWLINE

        li      s1, BLOCK
        sw      zero, MMIO_STATUS(s1)
        SAY     "block"
        PROBE   "magic-byte", lbu, MMIO_MAGIC
        PROBE   "magic-half", lhu, MMIO_MAGIC
        PROBE   "features-byte", lbu, MMIO_DEVICE_FEATURES
        PROBE   "pfn", lw, MMIO_QUEUE_PFN
        PROBE   "ready", lw, MMIO_QUEUE_READY
        PROBE   "generation", lw, MMIO_CONFIG_GENERATION
        PROBE   "shm-low", lw, 0x0b0
        PROBE   "shm-high", lw, 0x0b4
        PROBE   "nothing", lw, 0x0f8
        PROBE   "notify", lw, MMIO_QUEUE_NOTIFY
        PROBE   "sel", lw, MMIO_QUEUE_SEL
        NEWLINE
        SAY     "selectors"
        POKE    MMIO_DEVICE_FEATURES_SEL, 5 # the high word: VERSION_1 in the modern layout
        lw      s5, MMIO_DEVICE_FEATURES(s1)
        andi    s5, s5, F_VERSION_1_HIGH
        SHOW    "features-5", s5
        sw      zero, MMIO_DEVICE_FEATURES_SEL(s1)
        POKE    MMIO_QUEUE_SEL, 1
        PROBE   "num-max-1", lw, MMIO_QUEUE_NUM_MAX
        POKE    MMIO_QUEUE_SEL, 1024
        PROBE   "num-max-1024", lw, MMIO_QUEUE_NUM_MAX
        sw      zero, MMIO_QUEUE_SEL(s1)
        PROBE   "num-max-0", lw, MMIO_QUEUE_NUM_MAX
        NEWLINE
        SAY     "config"
        PROBE   "word", lw, MMIO_CONFIG
        PROBE   "byte", lbu, MMIO_CONFIG
        PROBE   "half+2", lhu, MMIO_CONFIG + 2
        PROBE   "seg_max", lw, MMIO_CONFIG + 0x0c
        PROBE   "blk_size-half", lhu, MMIO_CONFIG + 0x14
        PROBE   "blk_size+1", lbu, MMIO_CONFIG + 0x15
        PROBE   "topology", lw, MMIO_CONFIG + 0x18
        PROBE   "past", lw, 0x1fc
        POKE    MMIO_CONFIG, 99
        PROBE   "written", lw, MMIO_CONFIG
        NEWLINE
        SAY     "status"
        POKE    MMIO_STATUS, 1
        PROBE   "1", lw, MMIO_STATUS
        li      t0, 3
        sb      t0, MMIO_STATUS(s1)
        PROBE   "byte-write", lw, MMIO_STATUS
        POKE    MMIO_STATUS, 0xff
        PROBE   "ff", lw, MMIO_STATUS
        sw      zero, MMIO_STATUS(s1)
        PROBE   "0", lw, MMIO_STATUS
        NEWLINE
        SAY     "queue"
        POKE    MMIO_GUEST_PAGE_SIZE, 0x1000
        POKE    MMIO_QUEUE_NUM, 8
        POKE    MMIO_QUEUE_PFN, 0x80040
        PROBE   "pfn", lw, MMIO_QUEUE_PFN
        POKE    MMIO_GUEST_PAGE_SIZE, 0
        PROBE   "pfn-shift-0", lw, MMIO_QUEUE_PFN
        POKE    MMIO_QUEUE_READY, 1
        PROBE   "ready", lw, MMIO_QUEUE_READY
        POKE    MMIO_STATUS, 1
        sw      zero, MMIO_QUEUE_PFN(s1)
        PROBE   "status-after-pfn-0", lw, MMIO_STATUS
        sw      zero, MMIO_STATUS(s1)
        PROBE   "ready-after-reset", lw, MMIO_QUEUE_READY
        NEWLINE
        SAY     "window"
        PROBE   "load", lw, 0x200
        li      s5, 0
        sw      zero, 0x200(s1)
        SHOW    "store", s5
        PROBE   "load-end", lw, 0x7fc
        NEWLINE
        li      a0, 0
        call    exit

# trap: an access fault: leave FAULT | mcause in s5 and go on after the faulting instruction.
        .align  2
trap:
        csrr    t0, mcause
        li      s5, FAULT
        or      s5, s5, t0
        csrr    t0, mepc
        addi    t0, t0, 4
        csrw    mepc, t0
        mret

        .include "../../board/programs/lib.S"
