# gnu: accepts
# Division and remainder by zero warn and divide by one, as GNU does, in data and in operands.
.data
    .word 1 / 0
    .word 1 % 0
    .word 6 / 3
.text
    li a0, 5 / (2 - 2)
