# Zifencei and the memory-ordering instructions: after a store over an instruction, fence.i
# makes the hart fetch the new instruction (code written at run time, as a JIT writes it,
# also over code that already ran); fence with its ordering sets, and fence.tso, execute as
# ordering only.
.include "spike.inc"

# PATCH_ADDI target, imm: stores over the instruction at target `addi a0, a0, imm`, made from
# the template at addi_template. Changes a1, a2.
.macro PATCH_ADDI target:req, imm:req
    la a1, addi_template
    lw a2, 0(a1)
    li a1, (\imm) << 20
    or a2, a2, a1
    la a1, \target
    sw a2, 0(a1)
.endm

    CASE "fence.i after a store makes the new instruction run"
    PATCH_ADDI patched, 5
    fence.i
    li a0, 0
    call patched
    CHECK a0, 5

    CASE "code that already ran, rewritten, runs anew after fence.i"
    PATCH_ADDI patched, 7
    fence.i
    li a0, 0
    call patched
    CHECK a0, 7
    PATCH_ADDI patched, 100
    fence.i
    li a0, 0
    call patched
    CHECK a0, 100

    CASE "a loop rewrites its own body"
    li a0, 0
    li a3, 0
1:
    PATCH_ADDI 2f, 10
    fence.i
2:
    addi a0, a0, 1
    addi a3, a3, 1
    li a4, 3
    blt a3, a4, 1b
    CHECK a0, 30

    CASE "fence with every ordering set, and fence.tso, only order"
    la a1, scratch
    li a0, 1
    sw a0, 0(a1)
    fence
    fence rw, rw
    fence iorw, iorw
    fence r, w
    fence w, r
    fence i, o
    fence o, i
    fence.tso
    lw a0, 0(a1)
    CHECK a0, 1

    TEST_END

# a routine rewritten by the cases: one instruction, then the return
.align 2
patched:
    nop
    ret

addi_template:
    addi a0, a0, 0

.data
scratch:
    .word 0
