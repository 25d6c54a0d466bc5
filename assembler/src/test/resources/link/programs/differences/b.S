    .data
    .word 7
    .globl far_label
far_label:
    .word far_label - 4
    .dword far_label + 4
