# F: single precision, with every rounding mode.
start:
    flw         fa0, -4(sp)
    flw         ft11, 2047(a0)
    fsw         fs0, -2048(a1)
    fsw         fa7, 8(sp)
    fmadd.s     fa0, fa1, fa2, fa3
    fmadd.s     fa0, fa1, fa2, fa3, rne
    fmsub.s     ft0, ft1, ft2, ft3, rtz
    fnmsub.s    fs0, fs1, fs2, fs3, rdn
    fnmadd.s    ft8, ft9, ft10, ft11, rup
    fadd.s      fa0, fa1, fa2, rmm
    fadd.s      fa0, fa1, fa2
    fadd.s      fa0, fa1, fa2, dyn
    fsub.s      fa0, fa1, fa2
    fmul.s      fs4, fs5, fs6, rtz
    fdiv.s      fs7, fs8, fs9
    fsqrt.s     fs10, fs11
    fsqrt.s     fa0, fa1, rne
    fsgnj.s     fa0, fa1, fa2
    fsgnjn.s    fa0, fa1, fa2
    fsgnjx.s    fa0, fa1, fa2
    fmin.s      ft4, ft5, ft6
    fmax.s      ft7, fa4, fa5
    fcvt.w.s    a0, fa1
    fcvt.w.s    a0, fa1, rtz
    fcvt.wu.s   t0, ft0, rdn
    fmv.x.w     a0, fa1
    feq.s       a0, fa1, fa2
    flt.s       a0, fa1, fa2
    fle.s       a0, fa1, fa2
    fclass.s    a0, fa1
    fcvt.s.w    fa0, a1
    fcvt.s.w    fa0, a1, rup
    fcvt.s.wu   fa0, a1, rmm
    fmv.w.x     fa0, a1
