# Zicsr and the privileged instructions; named CSRs, numbered families and unnamed numbers.
start:
    csrrw   a0, mstatus, a1
    csrrs   a0, mepc, a1
    csrrc   a0, mcause, a1
    csrrwi  a0, mtvec, 0
    csrrsi  a0, mie, 31
    csrrci  a0, mip, 5
    csrrw   t0, satp, t1
    csrrs   t0, sstatus, t1
    csrrc   t0, sscratch, t1
    csrrw   a0, pmpcfg0, a1
    csrrw   a0, pmpaddr63, a1
    csrrs   a0, mhpmcounter3, a1
    csrrs   a0, mhpmcounter31h, a1
    csrrs   a0, hpmcounter4, a1
    csrrs   a0, hpmcounter17h, a1
    csrrs   a0, mhpmevent3, a1
    csrrs   a0, mvendorid, a1
    csrrs   a0, mhartid, a1
    csrrs   a0, tselect, a1
    csrrs   a0, dpc, a1
    csrrw   a0, 0x7c0, a1
    csrrs   a0, 0xfff, a1
    csrrc   a0, 0, a1
    mret
    sret
    wfi
    sfence.vma a0, a1
