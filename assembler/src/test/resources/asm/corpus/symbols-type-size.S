# .type (every spelling) and .size, including sizes from . - label and forward references.
.text
.globl func
.type func, @function
func:
    addi a0, a0, 1
    ret
.size func, . - func
.type func2, %function
func2:
    ret
.size func2, 4
.type later, "function"
.type notype, @notype
notype:
    nop
.type STT, STT_FUNC
STT:
    nop
.data
.type object, @object
object:
    .word 1, 2
.size object, 8
.type forward, object
.size forward, end - forward
forward:
    .zero 12
end:
.type tls, @tls_object
.type undefined_sized, @object
.size undefined_sized, 16
later:
