# Two strong definitions of one global symbol; weak ones and locals of the same name are fine.
    .text
    .globl _start, twice
_start:
twice:
    ret
    .weak weakly
weakly:
    ret
helper:
    ret
