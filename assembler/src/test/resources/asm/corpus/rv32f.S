# RV32F: every single-precision instruction, every rounding mode, registers by ABI and numeric name.
.text
    flw fa0, 0(a0)
    flw ft11, -2048(sp)
    flw f31, 2047(x31)
    flw fs0, (t0)
    fsw fa0, 0(a0)
    fsw ft11, -2048(sp)
    fsw f31, 2047(x31)
    fsw fs0, (t0)
    fmadd.s fa0, fa1, fa2, fa3
    fmadd.s f31, f0, f15, f16
    fmadd.s ft0, ft1, ft2, ft3, rne
    fmadd.s ft0, ft1, ft2, ft3, rtz
    fmadd.s ft0, ft1, ft2, ft3, rdn
    fmadd.s ft0, ft1, ft2, ft3, rup
    fmadd.s ft0, ft1, ft2, ft3, rmm
    fmadd.s ft0, ft1, ft2, ft3, dyn
    fmsub.s fa0, fa1, fa2, fa3
    fmsub.s f31, f0, f15, f16
    fmsub.s ft0, ft1, ft2, ft3, rne
    fmsub.s ft0, ft1, ft2, ft3, rtz
    fmsub.s ft0, ft1, ft2, ft3, rdn
    fmsub.s ft0, ft1, ft2, ft3, rup
    fmsub.s ft0, ft1, ft2, ft3, rmm
    fmsub.s ft0, ft1, ft2, ft3, dyn
    fnmsub.s fa0, fa1, fa2, fa3
    fnmsub.s f31, f0, f15, f16
    fnmsub.s ft0, ft1, ft2, ft3, rne
    fnmsub.s ft0, ft1, ft2, ft3, rtz
    fnmsub.s ft0, ft1, ft2, ft3, rdn
    fnmsub.s ft0, ft1, ft2, ft3, rup
    fnmsub.s ft0, ft1, ft2, ft3, rmm
    fnmsub.s ft0, ft1, ft2, ft3, dyn
    fnmadd.s fa0, fa1, fa2, fa3
    fnmadd.s f31, f0, f15, f16
    fnmadd.s ft0, ft1, ft2, ft3, rne
    fnmadd.s ft0, ft1, ft2, ft3, rtz
    fnmadd.s ft0, ft1, ft2, ft3, rdn
    fnmadd.s ft0, ft1, ft2, ft3, rup
    fnmadd.s ft0, ft1, ft2, ft3, rmm
    fnmadd.s ft0, ft1, ft2, ft3, dyn
    fadd.s fa0, fa1, fa2
    fadd.s f31, f0, f15
    fadd.s fs0, fs1, fs2, rne
    fadd.s fs0, fs1, fs2, rtz
    fadd.s fs0, fs1, fs2, rdn
    fadd.s fs0, fs1, fs2, rup
    fadd.s fs0, fs1, fs2, rmm
    fadd.s fs0, fs1, fs2, dyn
    fsub.s fa0, fa1, fa2
    fsub.s f31, f0, f15
    fsub.s fs0, fs1, fs2, rne
    fsub.s fs0, fs1, fs2, rtz
    fsub.s fs0, fs1, fs2, rdn
    fsub.s fs0, fs1, fs2, rup
    fsub.s fs0, fs1, fs2, rmm
    fsub.s fs0, fs1, fs2, dyn
    fmul.s fa0, fa1, fa2
    fmul.s f31, f0, f15
    fmul.s fs0, fs1, fs2, rne
    fmul.s fs0, fs1, fs2, rtz
    fmul.s fs0, fs1, fs2, rdn
    fmul.s fs0, fs1, fs2, rup
    fmul.s fs0, fs1, fs2, rmm
    fmul.s fs0, fs1, fs2, dyn
    fdiv.s fa0, fa1, fa2
    fdiv.s f31, f0, f15
    fdiv.s fs0, fs1, fs2, rne
    fdiv.s fs0, fs1, fs2, rtz
    fdiv.s fs0, fs1, fs2, rdn
    fdiv.s fs0, fs1, fs2, rup
    fdiv.s fs0, fs1, fs2, rmm
    fdiv.s fs0, fs1, fs2, dyn
    fsqrt.s fa0, fa1
    fsqrt.s ft0, ft1, rne
    fsqrt.s ft0, ft1, rtz
    fsqrt.s ft0, ft1, rdn
    fsqrt.s ft0, ft1, rup
    fsqrt.s ft0, ft1, rmm
    fsqrt.s ft0, ft1, dyn
    fsgnj.s fa0, fa1, fa2
    fsgnj.s f31, f0, f31
    fsgnjn.s fa0, fa1, fa2
    fsgnjn.s f31, f0, f31
    fsgnjx.s fa0, fa1, fa2
    fsgnjx.s f31, f0, f31
    fmin.s fa0, fa1, fa2
    fmin.s f31, f0, f31
    fmax.s fa0, fa1, fa2
    fmax.s f31, f0, f31
    feq.s a0, fa1, fa2
    feq.s x31, f0, f31
    flt.s a0, fa1, fa2
    flt.s x31, f0, f31
    fle.s a0, fa1, fa2
    fle.s x31, f0, f31
    fclass.s a0, fa0
    fclass.s x31, f31
    fcvt.w.s a0, fa0
    fcvt.w.s x31, f31
    fcvt.w.s t0, ft0, rne
    fcvt.w.s t0, ft0, rtz
    fcvt.w.s t0, ft0, rdn
    fcvt.w.s t0, ft0, rup
    fcvt.w.s t0, ft0, rmm
    fcvt.w.s t0, ft0, dyn
    fcvt.wu.s a0, fa0
    fcvt.wu.s x31, f31
    fcvt.wu.s t0, ft0, rne
    fcvt.wu.s t0, ft0, rtz
    fcvt.wu.s t0, ft0, rdn
    fcvt.wu.s t0, ft0, rup
    fcvt.wu.s t0, ft0, rmm
    fcvt.wu.s t0, ft0, dyn
    fcvt.s.w fa0, a0
    fcvt.s.w f31, x31
    fcvt.s.w ft0, t0, rne
    fcvt.s.w ft0, t0, rtz
    fcvt.s.w ft0, t0, rdn
    fcvt.s.w ft0, t0, rup
    fcvt.s.w ft0, t0, rmm
    fcvt.s.w ft0, t0, dyn
    fcvt.s.wu fa0, a0
    fcvt.s.wu f31, x31
    fcvt.s.wu ft0, t0, rne
    fcvt.s.wu ft0, t0, rtz
    fcvt.s.wu ft0, t0, rdn
    fcvt.s.wu ft0, t0, rup
    fcvt.s.wu ft0, t0, rmm
    fcvt.s.wu ft0, t0, dyn
    fmv.x.w a0, fa0
    fmv.x.w x31, f31
    fmv.w.x fa0, a0
    fmv.w.x f31, x31
