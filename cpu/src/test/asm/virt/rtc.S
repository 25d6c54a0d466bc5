# The goldfish RTC at 0x101000: the time in nanoseconds, read as TIME_LOW then TIME_HIGH
# (reading the low word fixes the high word, so the pair is consistent); it goes forward.
.include "virt.inc"

# READ_RTC hi, lo: the RTC's time. Changes t0.
.macro READ_RTC hi:req, lo:req
    li t0, RTC_BASE
    lw \lo, RTC_TIME_LOW(t0)
    lw \hi, RTC_TIME_HIGH(t0)
.endm

    CASE "the RTC goes forward"
    READ_RTC s0, s1
    li a2, 10000
1:
    addi a2, a2, -1
    bnez a2, 1b
    READ_RTC s2, s3
    bltu s0, s2, 2f
    bne s0, s2, fail
    bgeu s1, s3, fail
2:

    TEST_END
