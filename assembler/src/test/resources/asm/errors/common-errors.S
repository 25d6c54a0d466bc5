# gnu: rejects
# only ours: 7, 10
# Common blocks with a bad alignment, a negative size, or a name already defined.
.text
defined:
    nop
    .comm block, 4, 3
    .comm defined, 4
    .lcomm defined, 4
    .comm negative, -1
    .comm fine, 8
