package strata.assembler.disasm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import strata.assembler.isa.Alias;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Format;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Operand;
import strata.assembler.isa.RoundingMode;

/**
 * Turns one 32-bit word into the text GNU objdump prints for it. Everything about an
 * instruction comes from the tables: {@link Opcode#decode} finds the row, {@link Alias} rows
 * that print are tried first (the first that matches wins, unless aliases are switched off),
 * and the operands are printed by walking the row's {@link Format} template, or the alias's.
 *
 * <p>A word is an instruction only in its canonical form: every bit is either fixed by the
 * row or part of an operand that is printed, and its rounding mode, if it has one, is not one
 * of the reserved encodings 5 and 6. Anything else (including the non-canonical fences the
 * hardware still executes) is reported as not an instruction, so the printed text always
 * assembles back to the same word. No word throws.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class Disassembler {

    private static final Map<Opcode, List<Alias>> PRINTING_ALIASES = printingAliases();
    private static final Map<Opcode, Integer> UNUSED_BITS = unusedBits();
    private static final Set<Opcode> WITH_ROUNDING_MODE = withRoundingMode();

    private final boolean aliases;
    private final SymbolLookup symbols;

    private Disassembler(boolean aliases, SymbolLookup symbols) {
        this.aliases = aliases;
        this.symbols = symbols;
    }

    /** A disassembler that prints aliases and names no addresses. */
    public Disassembler() {
        this(true, SymbolLookup.NONE);
    }

    /** This disassembler, printing only base instructions (objdump's {@code -M no-aliases}). */
    public Disassembler withoutAliases() {
        return new Disassembler(false, symbols);
    }

    /** This disassembler, naming branch and jump targets with {@code lookup}. */
    public Disassembler withSymbols(SymbolLookup lookup) {
        return new Disassembler(aliases, lookup);
    }

    /** What {@code word}, fetched from {@code address}, is. */
    public Instruction disassemble(int word, int address) {
        Opcode op = Opcode.decode(word);
        if (op == null || !isCanonical(op, word)) {
            return notAnInstruction(word, address);
        }
        if (aliases) {
            for (Alias alias : PRINTING_ALIASES.get(op)) {
                Map<Operand, Integer> values = alias.match(word);
                if (values != null) {
                    return print(op, alias, alias.mnemonic(), alias.syntax(), values::get, word, address);
                }
            }
        }
        return print(op, null, op.mnemonic(), op.format().elements(), operand -> operand.extract(word), word,
                address);
    }

    private static boolean isCanonical(Opcode op, int word) {
        if ((word & UNUSED_BITS.get(op)) != 0) {
            return false;
        }
        return !WITH_ROUNDING_MODE.contains(op) || RoundingMode.byEncoding(Operand.RM.extract(word)) != null;
    }

    private Instruction print(Opcode op, Alias alias, String mnemonic, List<Format.Element> syntax,
                              OperandValues values, int word, int address) {
        OptionalInt target = OptionalInt.empty();
        for (Format.Element element : syntax) {
            if (element instanceof Format.Field field && field.operand().kind() == Operand.Kind.PC_OFFSET) {
                target = OptionalInt.of(address + values.of(field.operand()));
            }
        }
        String suffix = op.format().takesOrdering() ? OperandText.ordering(Encoding.aqrl(word)) : "";
        String operands = OperandText.of(syntax, values, target, symbols);
        return new Instruction(address, word, op, alias, mnemonic + suffix, operands, target);
    }

    private static Instruction notAnInstruction(int word, int address) {
        return new Instruction(address, word, null, null, ".4byte", "0x" + Integer.toHexString(word),
                OptionalInt.empty());
    }

    /** The value of each field of the syntax being printed. */
    @FunctionalInterface
    interface OperandValues {
        int of(Operand operand);
    }

    private static Map<Opcode, List<Alias>> printingAliases() {
        Map<Opcode, List<Alias>> byBase = new EnumMap<>(Opcode.class);
        for (Opcode op : Opcode.values()) {
            byBase.put(op, new ArrayList<>());
        }
        for (Alias alias : Alias.all()) {
            if (alias.prints()) {
                byBase.get(alias.base()).add(alias);
            }
        }
        return byBase;
    }

    private static Set<Opcode> withRoundingMode() {
        Set<Opcode> rows = EnumSet.noneOf(Opcode.class);
        for (Opcode op : Opcode.values()) {
            if (op.format().operands().contains(Operand.RM)) {
                rows.add(op);
            }
        }
        return rows;
    }

    /** Per row, the bits that neither the row fixes nor an operand of its format uses. */
    private static Map<Opcode, Integer> unusedBits() {
        Map<Opcode, Integer> unused = new EnumMap<>(Opcode.class);
        for (Opcode op : Opcode.values()) {
            int used = op.mask();
            for (Operand operand : op.format().operands()) {
                used |= operand.insert(0, -1);
            }
            if (op.format().takesOrdering()) {
                used |= Encoding.withAqrl(0, -1);
            }
            unused.put(op, ~used);
        }
        return unused;
    }
}
