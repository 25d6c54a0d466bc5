# gnu: accepts
# A branch or jump to an odd address cannot be encoded; GNU as encodes it anyway and leaves the
# problem to the linker, Strata reports it.
.text
    nop
    .byte 0
odd:
    nop
    j odd
    beq a0, a1, odd
    jal ra, odd
    j even
even:
    nop
