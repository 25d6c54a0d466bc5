# Strings: .ascii without a terminator, .asciz and .string with one, escapes of every kind.
.data
    .ascii "hello"
    .ascii "a", "b", "c"
    .asciz "world"
    .string "x", "y"
    .ascii "tab\there\nnewline\r\\\"quote\'"
    .ascii "\101\102\0\x41\x7a\b\f\v\a"
    .string ""
    .ascii "# not a comment; not a separator"
