package strata.compiler.bytecode;

import java.util.function.IntUnaryOperator;

/**
 * What one instruction does to the value stack, in the notation of CPython's {@code bytecodes.c}
 * ({@code "(left right -- result)"}, top of stack rightmost), and as numbers the stack-depth
 * computation uses: how many values it pops and pushes for a given argument, and for a branching
 * instruction how many it pushes when the branch is taken (the pops are the same on both paths).
 *
 * @param notation    the effect as documented; {@code name[n]} stands for n values
 * @param pops        values popped, as a function of the argument
 * @param pushes      values pushed when execution falls through to the next instruction
 * @param jumpPushes  values pushed when the instruction jumps (equal to {@code pushes} when it never does)
 */
public record StackEffect(String notation, IntUnaryOperator pops, IntUnaryOperator pushes,
                          IntUnaryOperator jumpPushes) {

    /** An effect that does not depend on the argument. */
    static StackEffect fixed(String notation, int pops, int pushes) {
        return new StackEffect(notation, arg -> pops, arg -> pushes, arg -> pushes);
    }

    /** A branching effect that does not depend on the argument. */
    static StackEffect branch(String notation, int pops, int pushes, int jumpPushes) {
        return new StackEffect(notation, arg -> pops, arg -> pushes, arg -> jumpPushes);
    }

    /** An effect whose pop count depends on the argument. */
    static StackEffect varying(String notation, IntUnaryOperator pops, int pushes) {
        return new StackEffect(notation, pops, arg -> pushes, arg -> pushes);
    }

    /** The change in depth when the instruction falls through ({@code jump == false}) or jumps. */
    public int delta(int arg, boolean jump) {
        return (jump ? jumpPushes : pushes).applyAsInt(arg) - pops.applyAsInt(arg);
    }
}
