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
 * Reads a {@code .pyc} that {@link PycWriter} wrote. Anything else (another magic number, a file
 * cut short, an unknown tag, a count larger than the file, bad UTF-8, an instruction with an
 * unknown opcode, bytes after the module) is a {@link PycFormatException} naming the byte offset
 * where the problem is.
 */
public final class PycReader {
    /**
     * Nesting deeper than this is a corrupt file, not a program: Python source cannot nest
     * brackets more than 200 deep, and the bound keeps the reader's recursion far from the
     * JVM's stack limit.
     */
    private static final int MAX_DEPTH = 500;

    private final byte[] bytes;
    private int at;

    private PycReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A {@code .pyc}'s header and module code object. */
    public record PycFile(PycHeader header, CodeObject module) {
    }

    public static PycFile read(byte[] bytes) throws PycFormatException {
        PycReader reader = new PycReader(bytes);
        PycHeader header = reader.header();
        Constant module = reader.object(0);
        if (!(module instanceof CodeObject code)) {
            throw new PycFormatException("the object after the header is not a code object");
        }
        if (reader.at != bytes.length) {
            throw new PycFormatException((bytes.length - reader.at) + " bytes after the module's code object, at byte "
                    + reader.at);
        }
        return new PycFile(header, code);
    }

    /** Only the header: what the up-to-date check needs, without reading the rest. */
    public static PycHeader readHeader(byte[] bytes) throws PycFormatException {
        return new PycReader(bytes).header();
    }

    private PycHeader header() throws PycFormatException {
        if (bytes.length < Pyc.HEADER_SIZE) {
            throw new PycFormatException("too short for a .pyc header: " + bytes.length + " bytes");
        }
        int magic = word();
        if (magic != Pyc.MAGIC_WORD) {
            throw new PycFormatException(String.format("bad magic number 0x%08x (Strata's is 0x%08x)", magic,
                    Pyc.MAGIC_WORD));
        }
        int flags = word();
        if (flags != 0) {
            throw new PycFormatException("unsupported header flags " + flags + " (only 0, timestamp-based, is)");
        }
        return new PycHeader(flags, word() & 0xffff_ffffL, word() & 0xffff_ffffL);
    }

    private Constant object(int depth) throws PycFormatException {
        if (depth > MAX_DEPTH) {
            throw new PycFormatException("objects nested more than " + MAX_DEPTH + " deep at byte " + at);
        }
        int start = at;
        int value = word();
        Tag tag = Tag.of(value);
        if (tag == null) {
            throw new PycFormatException("unknown object tag " + value + " at byte " + start);
        }
        return switch (tag) {
            case NONE -> Constant.NONE;
            case ELLIPSIS -> Constant.ELLIPSIS;
            case FALSE -> Constant.FALSE;
            case TRUE -> Constant.TRUE;
            case INT -> Constant.of(integer());
            case FLOAT -> Constant.of(new Value.Float(doubleWords()));
            case COMPLEX -> Constant.of(new Value.Complex(doubleWords(), doubleWords()));
            case STR -> Constant.str(strBody());
            case BYTES -> Constant.of(new Value.Bytes(padded(count(1))));
            case TUPLE -> new Constant.Tuple(items(depth));
            case FROZENSET -> new Constant.FrozenSet(items(depth));
            case CODE -> code(depth);
        };
    }

    private Value.Int integer() throws PycFormatException {
        int start = at;
        int signed = word();
        int digits = Math.abs(signed);
        if (signed == Integer.MIN_VALUE || (long) digits * Pyc.WORD > bytes.length - at) {
            throw truncated(start, "int of " + signed + " digits");
        }
        BigInteger magnitude = BigInteger.ZERO;
        for (int i = 0; i < digits; i++) {
            magnitude = magnitude.or(BigInteger.valueOf(word() & 0xffff_ffffL).shiftLeft(32 * i));
        }
        if (digits > 0 && magnitude.bitLength() <= 32 * (digits - 1)) {
            throw new PycFormatException("int at byte " + start + " has a leading zero digit");
        }
        return new Value.Int(signed < 0 ? magnitude.negate() : magnitude);
    }

    private String strBody() throws PycFormatException {
        int start = at;
        int length = count(1);
        int codePoints = word();
        String text;
        try {
            text = Wtf8.decode(padded(length));
        } catch (IllegalArgumentException e) {
            throw new PycFormatException("str at byte " + start + ": " + e.getMessage());
        }
        if (text.codePoints().count() != codePoints) {
            throw new PycFormatException("str at byte " + start + " says " + codePoints + " code points but has "
                    + text.codePoints().count());
        }
        return text;
    }

    private List<Constant> items(int depth) throws PycFormatException {
        int n = count(1);
        List<Constant> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(object(depth + 1));
        }
        return items;
    }

    private List<String> strings() throws PycFormatException {
        int start = at;
        if (word() != Tag.TUPLE.value()) {
            throw new PycFormatException("expected a tuple of str at byte " + start);
        }
        int n = count(1);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(str());
        }
        return strings;
    }

    private String str() throws PycFormatException {
        int start = at;
        if (word() != Tag.STR.value()) {
            throw new PycFormatException("expected a str at byte " + start);
        }
        return strBody();
    }

    private CodeObject code(int depth) throws PycFormatException {
        int start = at - Pyc.WORD;
        int[] fixed = new int[CodeField.values().length];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = word();
        }
        int ncode = checkedCount(fixed[CodeField.NCODE.ordinal()], 1, start);
        List<Instruction> code = new ArrayList<>(ncode);
        for (int i = 0; i < ncode; i++) {
            int wordAt = at;
            try {
                code.add(Instruction.decode(word()));
            } catch (IllegalArgumentException e) {
                throw new PycFormatException("instruction at byte " + wordAt + ": " + e.getMessage());
            }
        }
        int nexceptions = checkedCount(fixed[CodeField.NEXCEPTIONS.ordinal()], Pyc.EXCEPTION_ROW_WORDS, start);
        List<ExceptionEntry> table = new ArrayList<>(nexceptions);
        for (int i = 0; i < nexceptions; i++) {
            int rowAt = at;
            int begin = word();
            int end = word();
            int target = word();
            int depthAndLasti = word();
            try {
                table.add(new ExceptionEntry(begin, end, target, depthAndLasti >>> 1, (depthAndLasti & 1) != 0));
            } catch (IllegalArgumentException e) {
                throw new PycFormatException("exception table row at byte " + rowAt + ": " + e.getMessage());
            }
        }
        List<Position> positions = positions(checkedCount(fixed[CodeField.NPOSITIONS.ordinal()],
                Pyc.POSITION_RUN_WORDS, start), ncode, start);
        String name = str();
        String qualname = str();
        String filename = str();
        int constsAt = at;
        if (!(object(depth + 1) instanceof Constant.Tuple consts)) {
            throw new PycFormatException("the constants of the code object at byte " + start
                    + " are not a tuple (byte " + constsAt + ")");
        }
        List<String> names = strings();
        List<String> varnames = strings();
        List<String> freevars = strings();
        List<String> cellvars = strings();
        if (varnames.size() != fixed[CodeField.NLOCALS.ordinal()]) {
            throw new PycFormatException("code object at byte " + start + " has nlocals "
                    + fixed[CodeField.NLOCALS.ordinal()] + " but " + varnames.size() + " varnames");
        }
        return new CodeObject(name, qualname, filename, fixed[CodeField.FIRSTLINENO.ordinal()],
                fixed[CodeField.ARGCOUNT.ordinal()], fixed[CodeField.POSONLYARGCOUNT.ordinal()],
                fixed[CodeField.KWONLYARGCOUNT.ordinal()], fixed[CodeField.STACKSIZE.ordinal()],
                fixed[CodeField.FLAGS.ordinal()], code, consts.items(), names, varnames, freevars, cellvars,
                table, positions);
    }

    /** Expands position runs to one position per instruction; the runs start at 0 and ascend. */
    private List<Position> positions(int nruns, int ncode, int codeAt) throws PycFormatException {
        List<Position> positions = new ArrayList<>(ncode);
        Position current = null;
        for (int i = 0; i < nruns; i++) {
            int runAt = at;
            int first = word();
            Position position = new Position(word(), word(), word(), word());
            boolean inOrder = i == 0 ? first == 0 : first >= positions.size();
            if (!inOrder || first >= ncode) {
                throw new PycFormatException("position run at byte " + runAt + " starts at instruction " + first
                        + ", out of order or past the " + ncode + " instructions");
            }
            while (positions.size() < first) {
                positions.add(current);
            }
            current = position;
            positions.add(position);
        }
        while (positions.size() < ncode) {
            if (current == null) {
                throw new PycFormatException("code object at byte " + codeAt + " has " + ncode
                        + " instructions and no positions");
            }
            positions.add(current);
        }
        return positions;
    }

    private int checkedCount(int count, int wordsEach, int objectAt) throws PycFormatException {
        if (count < 0 || (long) count * wordsEach * Pyc.WORD > bytes.length - at) {
            throw truncated(objectAt, "code object with a table of " + count + " rows");
        }
        return count;
    }

    /** A length word; {@code unit} bytes each, the whole must fit in what is left of the file. */
    private int count(int unit) throws PycFormatException {
        int start = at;
        int n = word();
        if (n < 0 || (long) n * unit > bytes.length - at) {
            throw truncated(start, "length " + Integer.toUnsignedString(n));
        }
        return n;
    }

    private byte[] padded(int length) throws PycFormatException {
        int padded = (length + Pyc.WORD - 1) / Pyc.WORD * Pyc.WORD;
        if (padded > bytes.length - at) {
            throw truncated(at, length + " bytes of data");
        }
        byte[] data = new byte[length];
        System.arraycopy(bytes, at, data, 0, length);
        at += padded;
        return data;
    }

    private double doubleWords() throws PycFormatException {
        long low = word() & 0xffff_ffffL;
        long high = word() & 0xffff_ffffL;
        return Double.longBitsToDouble(high << 32 | low);
    }

    private int word() throws PycFormatException {
        if (bytes.length - at < Pyc.WORD) {
            throw truncated(at, "a word");
        }
        int value = (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16
                | (bytes[at + 3] & 0xff) << 24;
        at += Pyc.WORD;
        return value;
    }

    private PycFormatException truncated(int offset, String what) {
        return new PycFormatException("truncated or corrupt at byte " + offset + ": " + what + " does not fit in the "
                + bytes.length + "-byte file");
    }
}
