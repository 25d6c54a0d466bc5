# Floating-point aliases: moves, negation, absolute value, the reversed comparisons and the old
# names of fmv.x.w and fmv.w.x.
.text
    fmv.s fa0, fa1
    fneg.s fa0, fa1
    fabs.s fa0, fa1
    fmv.d fa0, fa1
    fneg.d fa0, fa1
    fabs.d fa0, fa1
    fgt.s a0, fa0, fa1
    fge.s a0, fa0, fa1
    fgt.d a0, fa0, fa1
    fge.d a0, fa0, fa1
    fmv.x.s a0, fa0
    fmv.s.x fa0, a0
