# Delegation of exceptions to S-mode through medeleg: a delegated exception raised in U- or
# S-mode goes to stvec with scause, sepc and stval, stacking SIE in SPIE and the mode in SPP;
# an exception that is not delegated goes to M-mode; an exception raised in M-mode goes to
# M-mode even when delegated. (Interrupt delegation is in virt/interrupts-*.S.) The last case
# delegates a misaligned AMO, which QEMU 7.2 raises with the wrong cause (see
# docs/isa-tests.md).
.include "spike.inc"

# DELEGATE_EXCEPTION cause: delegates exceptions of cause to S-mode. Changes t0.
.macro DELEGATE_EXCEPTION cause:req
    li t0, 1 << (\cause)
    csrs medeleg, t0
.endm

    CASE "a delegated ecall from U-mode goes to S-mode"
    DELEGATE_EXCEPTION CAUSE_USER_ECALL
    RUN_IN PRV_U, 1f, 2f
1:
    ecall
2:
    CHECK_STRAP CAUSE_USER_ECALL, 1b, 0
    CHECK_TRAP_STATUS strap, MSTATUS_SPP, 0
    CHECK_TRAP CAUSE_SUPERVISOR_ECALL, trap_s_ecall, 0

    CASE "a delegated trap stacks SIE in SPIE and clears SIE"
    DELEGATE_EXCEPTION CAUSE_USER_ECALL
    csrsi mstatus, MSTATUS_SIE
    RUN_IN PRV_U, 1f, 2f
1:
    ecall
2:
    CHECK_STRAP CAUSE_USER_ECALL, 1b, 0
    CHECK_TRAP_STATUS strap, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPIE
    csrci mstatus, MSTATUS_SIE
    RUN_IN PRV_U, 3f, 4f
3:
    ecall
4:
    CHECK_TRAP_STATUS strap, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, 0

    CASE "a delegated illegal instruction in U-mode: stval holds it"
    DELEGATE_EXCEPTION CAUSE_ILLEGAL_INSTRUCTION
    RUN_IN PRV_U, 1f, 2f
1:
    csrr a0, mstatus
2:
    CHECK_ILLEGAL strap, 1b

    CASE "a delegated breakpoint in S-mode: SPP = S"
    DELEGATE_EXCEPTION CAUSE_BREAKPOINT
    RUN_IN PRV_S, 1f, 2f
1:
    ebreak
2:
    CHECK_WORD strap + TRAP_COUNT, 1
    CHECK_WORD strap + TRAP_CAUSE, CAUSE_BREAKPOINT
    CHECK_WORD strap + TRAP_EPC, 1b
    CHECK_TRAP_STATUS strap, MSTATUS_SPP, MSTATUS_SPP

    CASE "a delegated load access fault in S-mode: stval is the address"
    DELEGATE_EXCEPTION CAUSE_LOAD_ACCESS
    li a1, UNMAPPED
    RUN_IN PRV_S, 1f, 2f
1:
    lw a0, 8(a1)
2:
    CHECK_STRAP CAUSE_LOAD_ACCESS, 1b, UNMAPPED + 8

    CASE "a delegated store access fault in U-mode"
    DELEGATE_EXCEPTION CAUSE_STORE_ACCESS
    li a1, UNMAPPED
    RUN_IN PRV_U, 1f, 2f
1:
    sw a0, 4(a1)
2:
    CHECK_STRAP CAUSE_STORE_ACCESS, 1b, UNMAPPED + 4

    CASE "a delegated instruction access fault in U-mode: sepc = stval = the target"
    DELEGATE_EXCEPTION CAUSE_FETCH_ACCESS
    li a1, UNMAPPED
    RUN_IN PRV_U, 1f, 2f
1:
    jr a1
2:
    CHECK_STRAP CAUSE_FETCH_ACCESS, UNMAPPED, UNMAPPED

    CASE "a delegated misaligned jump in S-mode"
    DELEGATE_EXCEPTION CAUSE_MISALIGNED_FETCH
    la a1, 3f
    RUN_IN PRV_S, 1f, 2f
1:
    jalr a0, 2(a1)
3:
    nop
2:
    CHECK_STRAP CAUSE_MISALIGNED_FETCH, 1b, 3b + 2

    CASE "a delegated misaligned lr.w in U-mode"
    DELEGATE_EXCEPTION CAUSE_MISALIGNED_LOAD
    la a1, word + 1
    RUN_IN PRV_U, 1f, 2f
1:
    lr.w a0, (a1)
2:
    CHECK_STRAP CAUSE_MISALIGNED_LOAD, 1b, word + 1

    CASE "an exception that is not delegated goes to M-mode from U-mode"
    DELEGATE_EXCEPTION CAUSE_BREAKPOINT
    RUN_IN PRV_U, 1f, 2f
1:
    ecall
2:
    CHECK_NO_TRAP strap
    CHECK_TRAP CAUSE_USER_ECALL, 1b, 0

    CASE "an exception in M-mode goes to M-mode even when delegated"
    li t0, -1
    csrw medeleg, t0
    EXPECT_ILLEGAL .word 0
    CHECK_NO_TRAP strap
    li a1, UNMAPPED
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED, lw a0, 0(a1)
    CHECK_NO_TRAP strap

    CASE "stvec in vectored mode takes exceptions at its base"
    DELEGATE_EXCEPTION CAUSE_USER_ECALL
    la t0, trap_s
    ori t0, t0, 1
    csrw stvec, t0
    RUN_IN PRV_U, 1f, 2f
1:
    ecall
2:
    CHECK_STRAP CAUSE_USER_ECALL, 1b, 0

    CASE "a delegated ecall from S-mode goes to S-mode"
    DELEGATE_EXCEPTION CAUSE_SUPERVISOR_ECALL
    # the harness's S-mode handler ends with ecall: this case has its own, which leaves
    # through an instruction illegal in S-mode instead
    la t0, s_ecall_handler
    csrw stvec, t0
    RUN_IN PRV_S, 1f, 2f
1:
    ecall
2:
    CHECK_ILLEGAL mtrap, s_ecall_handler_exit
    CHECK a0, CAUSE_SUPERVISOR_ECALL
    CHECK a1, 1b
    CHECK a2, 0

    CASE "a delegated misaligned AMO in U-mode: store/AMO address misaligned"
    DELEGATE_EXCEPTION CAUSE_MISALIGNED_STORE
    la a1, word + 2
    RUN_IN PRV_U, 1f, 2f
1:
    amoadd.w a0, a0, (a1)
2:
    CHECK_STRAP CAUSE_MISALIGNED_STORE, 1b, word + 2

    TEST_END

# an S-mode trap handler that keeps scause, sepc and stval in a0-a2, then goes to M-mode
.align 2
s_ecall_handler:
    csrr a0, scause
    csrr a1, sepc
    csrr a2, stval
s_ecall_handler_exit:
    csrr x0, mstatus

.data
.align 2
word:
    .word 0
