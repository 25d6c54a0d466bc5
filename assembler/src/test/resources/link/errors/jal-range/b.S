    .globl distant
    .set distant, 0x90000000
