# Privileged instructions: trap returns, wfi, sfence.vma in all its forms.
.text
    mret
    sret
    wfi
    sfence.vma
    sfence.vma a0
    sfence.vma a0, a1
    sfence.vma x0, x31
    sfence.vma zero, zero
