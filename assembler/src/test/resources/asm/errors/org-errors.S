# gnu: rejects
# only ours: 14, 22
# .org backwards (also once a branch before it has grown), to an undefined symbol, a label of
# another section or of a later subsection, with a fill that is no number, with operands missing
# or too many. Strata also rejects a label defined after the .org (GNU takes one that lands where
# the .org ends) and an offset beyond the 256 MiB a section may hold. A fill in .bss is ignored,
# with a warning.
.text
in_text:
    nop
.data
    .word 1
    .org 2
    .org later
later:
    .org -4
    .org x
    .org 8, undefined_fill
    .org
    .org 4, 1, 2
    .org in_text + 4
    .org 0x20000000
.text
    beq a0, a1, far
    .org 4
.data 1
    .org next_subsection
.data 2
next_subsection:
.bss
    .org 4, 1
