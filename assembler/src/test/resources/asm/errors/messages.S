# gnu: rejects
# .err and .error stop with an error, .warning only warns; values too wide for their field are
# truncated with a warning, and a missing value counts as zero.
.data
    .err
    .error "a custom error"
    .warning "a custom warning"
    .byte 256
    .half 0x12345
    .byte -129
    .byte 1, , 2
