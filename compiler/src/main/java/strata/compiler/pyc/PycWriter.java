package strata.compiler.pyc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Value;
import strata.compiler.bytecode.Instruction;
import strata.compiler.code.CodeObject;
import strata.compiler.code.Constant;
import strata.compiler.code.ExceptionEntry;
import strata.compiler.code.Position;

/**
 * Writes a {@code .pyc}: the header, then the module's code object and, depth first, everything it
 * holds, each object a tag word and its words as docs/pyc.md lays them out.
 */
public final class PycWriter {
    private final Words out = new Words();

    private PycWriter() {
    }

    /** The bytes of a {@code .pyc} holding {@code module}. */
    public static byte[] write(PycHeader header, CodeObject module) {
        PycWriter writer = new PycWriter();
        writer.out.word(Pyc.MAGIC_WORD);
        writer.out.word(header.flags());
        writer.out.word((int) header.mtime());
        writer.out.word((int) header.size());
        writer.object(module);
        return writer.out.toByteArray();
    }

    private void object(Constant constant) {
        if (constant instanceof Constant.Literal literal) {
            literal(literal.value());
        } else if (constant instanceof Constant.Tuple tuple) {
            sequence(Tag.TUPLE, tuple.items());
        } else if (constant instanceof Constant.FrozenSet set) {
            sequence(Tag.FROZENSET, set.items());
        } else {
            code((CodeObject) constant);
        }
    }

    private void literal(Value value) {
        if (value instanceof Value.None) {
            tag(Tag.NONE);
        } else if (value instanceof Value.Ellipsis) {
            tag(Tag.ELLIPSIS);
        } else if (value instanceof Value.Bool bool) {
            tag(bool.value() ? Tag.TRUE : Tag.FALSE);
        } else if (value instanceof Value.Int integer) {
            integer(integer.value());
        } else if (value instanceof Value.Float number) {
            tag(Tag.FLOAT);
            out.doubleWords(number.value());
        } else if (value instanceof Value.Complex complex) {
            tag(Tag.COMPLEX);
            out.doubleWords(complex.real());
            out.doubleWords(complex.imag());
        } else if (value instanceof Value.Str str) {
            str(str.value());
        } else {
            byte[] bytes = ((Value.Bytes) value).value();
            tag(Tag.BYTES);
            out.word(bytes.length);
            out.padded(bytes);
        }
    }

    private void tag(Tag tag) {
        out.word(tag.value());
    }

    /** Sign and magnitude: the signed count of 32-bit digits, then the digits, least significant first. */
    private void integer(BigInteger value) {
        tag(Tag.INT);
        BigInteger magnitude = value.abs();
        int digits = (magnitude.bitLength() + 31) / 32;
        out.word(value.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            out.word(magnitude.shiftRight(32 * i).intValue());
        }
    }

    private void str(String value) {
        tag(Tag.STR);
        byte[] bytes = Wtf8.encode(value);
        out.word(bytes.length);
        out.word((int) value.codePoints().count());
        out.padded(bytes);
    }

    private void sequence(Tag tag, List<Constant> items) {
        tag(tag);
        out.word(items.size());
        items.forEach(this::object);
    }

    private void strings(List<String> strings) {
        tag(Tag.TUPLE);
        out.word(strings.size());
        strings.forEach(this::str);
    }

    private void code(CodeObject code) {
        List<int[]> runs = positionRuns(code.positions());
        tag(Tag.CODE);
        int[] fixed = new int[CodeField.values().length];
        fixed[CodeField.ARGCOUNT.ordinal()] = code.argCount();
        fixed[CodeField.POSONLYARGCOUNT.ordinal()] = code.posOnlyArgCount();
        fixed[CodeField.KWONLYARGCOUNT.ordinal()] = code.kwOnlyArgCount();
        fixed[CodeField.NLOCALS.ordinal()] = code.nlocals();
        fixed[CodeField.STACKSIZE.ordinal()] = code.stackSize();
        fixed[CodeField.FLAGS.ordinal()] = code.flags();
        fixed[CodeField.FIRSTLINENO.ordinal()] = code.firstLineNo();
        fixed[CodeField.NCODE.ordinal()] = code.code().size();
        fixed[CodeField.NEXCEPTIONS.ordinal()] = code.exceptionTable().size();
        fixed[CodeField.NPOSITIONS.ordinal()] = runs.size();
        for (int word : fixed) {
            out.word(word);
        }
        for (Instruction instruction : code.code()) {
            out.word(instruction.word());
        }
        for (ExceptionEntry entry : code.exceptionTable()) {
            out.word(entry.start());
            out.word(entry.end());
            out.word(entry.target());
            out.word(entry.depth() << 1 | (entry.lasti() ? 1 : 0));
        }
        for (int[] run : runs) {
            for (int word : run) {
                out.word(word);
            }
        }
        str(code.name());
        str(code.qualname());
        str(code.filename());
        sequence(Tag.TUPLE, code.consts());
        strings(code.names());
        strings(code.varnames());
        strings(code.freevars());
        strings(code.cellvars());
    }

    /** Consecutive instructions with the same position share one run: its first index and the position. */
    private static List<int[]> positionRuns(List<Position> positions) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            if (i == 0 || !p.equals(positions.get(i - 1))) {
                runs.add(new int[] {i, p.line(), p.endLine(), p.column(), p.endColumn()});
            }
        }
        return runs;
    }
}
