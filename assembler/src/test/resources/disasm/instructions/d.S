# D: double precision and the conversions between the two precisions.
start:
    fld         fa0, -4(sp)
    fld         fs11, 2047(a0)
    fsd         fa0, -2048(a1)
    fsd         ft3, 8(sp)
    fmadd.d     fa0, fa1, fa2, fa3
    fmsub.d     ft0, ft1, ft2, ft3, rtz
    fnmsub.d    fs0, fs1, fs2, fs3, rdn
    fnmadd.d    ft8, ft9, ft10, ft11, rup
    fadd.d      fa0, fa1, fa2, rmm
    fsub.d      fa0, fa1, fa2
    fmul.d      fs4, fs5, fs6, rne
    fdiv.d      fs7, fs8, fs9
    fsqrt.d     fs10, fs11
    fsqrt.d     fa0, fa1, rtz
    fsgnj.d     fa0, fa1, fa2
    fsgnjn.d    fa0, fa1, fa2
    fsgnjx.d    fa0, fa1, fa2
    fmin.d      ft4, ft5, ft6
    fmax.d      ft7, fa4, fa5
    fcvt.s.d    fa0, fa1
    fcvt.s.d    fa0, fa1, rtz
    fcvt.d.s    fa0, fa1
    feq.d       a0, fa1, fa2
    flt.d       a0, fa1, fa2
    fle.d       a0, fa1, fa2
    fclass.d    a0, fa1
    fcvt.w.d    a0, fa1
    fcvt.w.d    a0, fa1, rtz
    fcvt.wu.d   t0, ft0, rup
    fcvt.d.w    fa0, a1
    fcvt.d.wu   fa0, a1
