# RV32D: every double-precision instruction, every rounding mode.
.text
    fld fa0, 0(a0)
    fld ft11, -2048(sp)
    fld f31, 2047(x31)
    fld fs0, (t0)
    fsd fa0, 0(a0)
    fsd ft11, -2048(sp)
    fsd f31, 2047(x31)
    fsd fs0, (t0)
    fmadd.d fa0, fa1, fa2, fa3
    fmadd.d f31, f0, f15, f16
    fmadd.d ft0, ft1, ft2, ft3, rne
    fmadd.d ft0, ft1, ft2, ft3, rtz
    fmadd.d ft0, ft1, ft2, ft3, rdn
    fmadd.d ft0, ft1, ft2, ft3, rup
    fmadd.d ft0, ft1, ft2, ft3, rmm
    fmadd.d ft0, ft1, ft2, ft3, dyn
    fmsub.d fa0, fa1, fa2, fa3
    fmsub.d f31, f0, f15, f16
    fmsub.d ft0, ft1, ft2, ft3, rne
    fmsub.d ft0, ft1, ft2, ft3, rtz
    fmsub.d ft0, ft1, ft2, ft3, rdn
    fmsub.d ft0, ft1, ft2, ft3, rup
    fmsub.d ft0, ft1, ft2, ft3, rmm
    fmsub.d ft0, ft1, ft2, ft3, dyn
    fnmsub.d fa0, fa1, fa2, fa3
    fnmsub.d f31, f0, f15, f16
    fnmsub.d ft0, ft1, ft2, ft3, rne
    fnmsub.d ft0, ft1, ft2, ft3, rtz
    fnmsub.d ft0, ft1, ft2, ft3, rdn
    fnmsub.d ft0, ft1, ft2, ft3, rup
    fnmsub.d ft0, ft1, ft2, ft3, rmm
    fnmsub.d ft0, ft1, ft2, ft3, dyn
    fnmadd.d fa0, fa1, fa2, fa3
    fnmadd.d f31, f0, f15, f16
    fnmadd.d ft0, ft1, ft2, ft3, rne
    fnmadd.d ft0, ft1, ft2, ft3, rtz
    fnmadd.d ft0, ft1, ft2, ft3, rdn
    fnmadd.d ft0, ft1, ft2, ft3, rup
    fnmadd.d ft0, ft1, ft2, ft3, rmm
    fnmadd.d ft0, ft1, ft2, ft3, dyn
    fadd.d fa0, fa1, fa2
    fadd.d f31, f0, f15
    fadd.d fs0, fs1, fs2, rne
    fadd.d fs0, fs1, fs2, rtz
    fadd.d fs0, fs1, fs2, rdn
    fadd.d fs0, fs1, fs2, rup
    fadd.d fs0, fs1, fs2, rmm
    fadd.d fs0, fs1, fs2, dyn
    fsub.d fa0, fa1, fa2
    fsub.d f31, f0, f15
    fsub.d fs0, fs1, fs2, rne
    fsub.d fs0, fs1, fs2, rtz
    fsub.d fs0, fs1, fs2, rdn
    fsub.d fs0, fs1, fs2, rup
    fsub.d fs0, fs1, fs2, rmm
    fsub.d fs0, fs1, fs2, dyn
    fmul.d fa0, fa1, fa2
    fmul.d f31, f0, f15
    fmul.d fs0, fs1, fs2, rne
    fmul.d fs0, fs1, fs2, rtz
    fmul.d fs0, fs1, fs2, rdn
    fmul.d fs0, fs1, fs2, rup
    fmul.d fs0, fs1, fs2, rmm
    fmul.d fs0, fs1, fs2, dyn
    fdiv.d fa0, fa1, fa2
    fdiv.d f31, f0, f15
    fdiv.d fs0, fs1, fs2, rne
    fdiv.d fs0, fs1, fs2, rtz
    fdiv.d fs0, fs1, fs2, rdn
    fdiv.d fs0, fs1, fs2, rup
    fdiv.d fs0, fs1, fs2, rmm
    fdiv.d fs0, fs1, fs2, dyn
    fsqrt.d fa0, fa1
    fsqrt.d ft0, ft1, rne
    fsqrt.d ft0, ft1, rtz
    fsqrt.d ft0, ft1, rdn
    fsqrt.d ft0, ft1, rup
    fsqrt.d ft0, ft1, rmm
    fsqrt.d ft0, ft1, dyn
    fsgnj.d fa0, fa1, fa2
    fsgnj.d f31, f0, f31
    fsgnjn.d fa0, fa1, fa2
    fsgnjn.d f31, f0, f31
    fsgnjx.d fa0, fa1, fa2
    fsgnjx.d f31, f0, f31
    fmin.d fa0, fa1, fa2
    fmin.d f31, f0, f31
    fmax.d fa0, fa1, fa2
    fmax.d f31, f0, f31
    feq.d a0, fa1, fa2
    feq.d x31, f0, f31
    flt.d a0, fa1, fa2
    flt.d x31, f0, f31
    fle.d a0, fa1, fa2
    fle.d x31, f0, f31
    fclass.d a0, fa0
    fclass.d x31, f31
    fcvt.w.d a0, fa0
    fcvt.w.d x31, f31
    fcvt.w.d t0, ft0, rne
    fcvt.w.d t0, ft0, rtz
    fcvt.w.d t0, ft0, rdn
    fcvt.w.d t0, ft0, rup
    fcvt.w.d t0, ft0, rmm
    fcvt.w.d t0, ft0, dyn
    fcvt.wu.d a0, fa0
    fcvt.wu.d x31, f31
    fcvt.wu.d t0, ft0, rne
    fcvt.wu.d t0, ft0, rtz
    fcvt.wu.d t0, ft0, rdn
    fcvt.wu.d t0, ft0, rup
    fcvt.wu.d t0, ft0, rmm
    fcvt.wu.d t0, ft0, dyn
    fcvt.d.w fa0, a0
    fcvt.d.w f31, x31
    fcvt.d.wu fa0, a0
    fcvt.d.wu f31, x31
    fcvt.s.d fa0, fa1
    fcvt.s.d f31, f0
    fcvt.s.d ft0, ft1, rne
    fcvt.s.d ft0, ft1, rtz
    fcvt.s.d ft0, ft1, rdn
    fcvt.s.d ft0, ft1, rup
    fcvt.s.d ft0, ft1, rmm
    fcvt.s.d ft0, ft1, dyn
    fcvt.d.s fa0, fa1
    fcvt.d.s f31, f0
