# call, tail and jump: auipc + jalr with R_RISCV_CALL_PLT; call rd,sym links into rd through t1.
.text
func:
    call func
    call external
    call external@plt
    call a0, external
    call t0, func
    tail external
    tail func
    jump external, t1
    jump func, a5
    call external + 8
