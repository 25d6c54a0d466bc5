# gnu: accepts
# A jal reaches +-1 MiB; beyond that GNU as encodes garbage and leaves it to the linker, Strata
# reports it. Conditional branches out of reach are lengthened instead, as GNU does.
.text
start:
    j far
    beq a0, a1, far
    jal ra, near
near:
    .space 0x100000
far:
    j start
    nop
