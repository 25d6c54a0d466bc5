# gnu: accepts
# \x with no hex digits after it; GNU as takes it as a zero byte, Strata reports it.
.data
    .ascii "bad \x"
    .ascii "good \x41"
