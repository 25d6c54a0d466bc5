# Floating-point data: .float/.single and .double, correctly rounded decimals, denormals, signed
# zeros, GNU's 0f/0d prefixes, infinities and GNU's all-ones NaN.
.data
    .float 1.5, -2.25, 3.4028235e38, 1e-45, 0.1
    .single 2
    .double 3.141592653589793, -0.0, 1e308, 4.9e-324, 0.1, 2
    .double 0d1.25
    .float 0f1.25
    .double 1.e2, .5, 1E3, +7
    .double inf, -inf, nan, -nan
    .float inf, -inf, nan, +nan, -nan
    .float 1.5e
.text
    nop
    .float 1
    nop
