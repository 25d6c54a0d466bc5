package strata.compiler.pyc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import strata.compiler.ast.Value;
import strata.compiler.bytecode.ArgKind;
import strata.compiler.bytecode.Instruction;
import strata.compiler.bytecode.Opcode;
import strata.compiler.code.CodeObject;
import strata.compiler.code.Constant;
import strata.compiler.code.ExceptionEntry;
import strata.compiler.code.Position;

/** Arbitrary constants and code-object trees for the {@code .pyc} properties, and one fixed sample. */
final class Samples {
    private Samples() {
    }

    static Arbitrary<Constant> constants(int depth) {
        List<Arbitrary<? extends Constant>> leaves = List.of(
                Arbitraries.of(Constant.NONE, Constant.ELLIPSIS, Constant.TRUE, Constant.FALSE),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200))
                        .map(value -> Constant.of(new Value.Int(value))),
                Arbitraries.longs().map(bits -> Constant.of(new Value.Float(Double.longBitsToDouble(bits)))),
                Combinators.combine(Arbitraries.doubles(), Arbitraries.doubles())
                        .as((real, imag) -> Constant.of(new Value.Complex(real, imag))),
                Arbitraries.strings().all().ofMaxLength(20).map(Constant::str),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(9).map(bytes -> Constant.of(new Value.Bytes(bytes))));
        if (depth == 0) {
            return Arbitraries.oneOf(leaves);
        }
        List<Arbitrary<? extends Constant>> all = new ArrayList<>(leaves);
        all.add(constants(depth - 1).list().ofMaxSize(4).map(Constant.Tuple::new));
        all.add(constants(depth - 1).list().ofMaxSize(4).map(Constant.FrozenSet::new));
        all.add(codes(depth - 1));
        return Arbitraries.oneOf(all);
    }

    static Arbitrary<CodeObject> codes(int depth) {
        Arbitrary<List<Instruction>> code = Arbitraries.of(Opcode.class).flatMap(opcode ->
                        opcode.argKind() == ArgKind.NONE ? Arbitraries.just(new Instruction(opcode, 0))
                                : Arbitraries.integers().between(0, Instruction.MAX_ARG)
                                        .map(arg -> new Instruction(opcode, arg)))
                .list().ofMaxSize(12);
        Arbitrary<List<String>> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).list().ofMaxSize(3);
        Arbitrary<String> name = Arbitraries.strings().all().ofMaxLength(8);
        Arbitrary<Position> position = Arbitraries.integers().between(-1, 5000).list().ofSize(4)
                .map(n -> new Position(n.get(0), n.get(1), n.get(2), n.get(3)));
        return Combinators.combine(code, constants(depth).list().ofMaxSize(3), names, names, name, position,
                Arbitraries.integers().between(0, 0x3ff)).flatAs((instructions, consts, varnames, cellvars,
                        text, first, flags) -> position.list().ofSize(instructions.size()).map(positions ->
                        new CodeObject(text, text + ".<locals>", "dir/" + text + ".py", first.line(), varnames.size(),
                                0, 0, 7, flags, instructions, consts, cellvars, varnames, List.of("free"), cellvars,
                                instructions.isEmpty() ? List.of() : List.of(new ExceptionEntry(0,
                                        instructions.size(), 0, 2, true)), positions)));
    }

    /** A small module: a function constant, a big int, a float, a str with a lone surrogate. */
    static CodeObject module() {
        Position line1 = new Position(1, 1, 0, 12);
        CodeObject function = new CodeObject("f", "f", "m.py", 2, 1, 0, 0, 2, 0x3, List.of(
                new Instruction(Opcode.LOAD_FAST, 0), new Instruction(Opcode.RETURN_VALUE, 0)),
                List.of(Constant.NONE), List.of(), List.of("x"), List.of(), List.of(), List.of(),
                List.of(new Position(3, 3, 11, 12), new Position(3, 3, 4, 12)));
        return new CodeObject("<module>", "<module>", "m.py", 1, 0, 0, 0, 1, 0, List.of(
                new Instruction(Opcode.LOAD_CONST, 0), new Instruction(Opcode.MAKE_FUNCTION, 0),
                new Instruction(Opcode.STORE_NAME, 0), new Instruction(Opcode.LOAD_CONST, 1),
                new Instruction(Opcode.RETURN_VALUE, 0)),
                List.of(function, Constant.NONE, Constant.of(new Value.Int(BigInteger.TEN.pow(30))),
                        Constant.of(new Value.Float(2.5)), Constant.str("\ud800x\u00e9\ud83d\ude00")),
                List.of("f"), List.of(), List.of(), List.of(), List.of(new ExceptionEntry(1, 3, 4, 0, false)),
                List.of(line1, line1, line1, Position.NONE, Position.NONE));
    }
}
