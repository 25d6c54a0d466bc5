# Symbol binding and what reaches the symbol table: .globl/.global, .local, .weak; undefined
# symbols that are named; labels, which are local unless declared.
.globl gstart
.global gsecond, gthird
.weak wdefined
.weak wundefined
.globl gundefined
.local lundefined
.text
gstart:
    nop
gsecond:
    nop
gthird:
lstart:
    nop
wdefined:
    nop
    call wundefined
    j external
    .word referenced_only
.globl hidden_function, protected_data, internal_thing
.hidden hidden_function
.protected protected_data
.internal internal_thing
.hidden hidden_undefined
hidden_function:
    ret
.data
protected_data:
    .word hidden_undefined
internal_thing:
    .word 0
