package strata.assembler.asm.insn;

import static strata.assembler.isa.Operand.FRD;
import static strata.assembler.isa.Operand.FRS2;
import static strata.assembler.isa.Operand.IMM12;
import static strata.assembler.isa.Operand.IMM20;
import static strata.assembler.isa.Operand.RD;
import static strata.assembler.isa.Operand.RS1;
import static strata.assembler.isa.Operand.RS2;
import static strata.assembler.isa.Operand.SHAMT;
import static strata.assembler.isa.Operand.SIMM12;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.section.FixupKind;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Operand;
import strata.assembler.isa.Registers;

/**
 * The pseudo-instructions that expand to several instructions or depend on their operand's
 * value, with GNU {@code as}'s exact expansions when relaxation is off:
 *
 * <pre>
 * li rd, n            lui rd, %hi(n); addi rd, rd, %lo(n)   (either half left out when zero)
 * la/lla rd, sym      .L0: auipc rd, %pcrel_hi(sym); addi rd, rd, %pcrel_lo(.L0)
 * lw rd, sym          .L0: auipc rd, %pcrel_hi(sym); lw rd, %pcrel_lo(.L0)(rd)      (lb lh lbu lhu too)
 * flw frd, sym, rt    .L0: auipc rt, %pcrel_hi(sym); flw frd, %pcrel_lo(.L0)(rt)    (fld too)
 * sw rs2, sym, rt     .L0: auipc rt, %pcrel_hi(sym); sw rs2, %pcrel_lo(.L0)(rt)     (sb sh fsw fsd too)
 * call sym            auipc ra, 0; jalr ra, 0(ra)         with R_RISCV_CALL_PLT on the pair
 * call rd, sym        auipc t1, 0; jalr rd, 0(t1)
 * tail sym            auipc t1, 0; jalr x0, 0(t1)
 * jump sym, rt        auipc rt, 0; jalr x0, 0(rt)
 * sext.b rd, rs       slli rd, rs, 24; srai rd, rd, 24    (sext.h: 16; zext.h: 16 and srli)
 * </pre>
 *
 * A constant given to la is loaded as li loads it.
 */
final class Pseudos {
    private static final int RA = Registers.x("ra");
    private static final int T1 = Registers.x("t1");
    private static final Map<String, List<Form>> FORMS = new HashMap<>();

    static {
        add("li", "rd,expr", Pseudos::li);
        add("la", "rd,expr", (ops, sink) -> address(ops, sink, true));
        add("lla", "rd,expr", (ops, sink) -> address(ops, sink, false));
        for (String load : List.of("lb", "lh", "lw", "lbu", "lhu")) {
            Opcode opcode = Opcode.byMnemonic(load);
            add(load, "rd,expr", (ops, sink) -> load(opcode, RD, nonZero(ops, RD), ops, sink));
        }
        for (String load : List.of("flw", "fld")) {
            Opcode opcode = Opcode.byMnemonic(load);
            add(load, "frd,expr,rs1", (ops, sink) -> load(opcode, FRD, nonZero(ops, RS1), ops, sink));
        }
        for (String store : List.of("sb", "sh", "sw")) {
            Opcode opcode = Opcode.byMnemonic(store);
            add(store, "rs2,expr,rs1", (ops, sink) -> store(opcode, RS2, ops, sink));
        }
        for (String store : List.of("fsw", "fsd")) {
            Opcode opcode = Opcode.byMnemonic(store);
            add(store, "frs2,expr,rs1", (ops, sink) -> store(opcode, FRS2, ops, sink));
        }
        add("call", "rd,callee", (ops, sink) -> call(ops.get(RD), T1, ops, sink));
        add("call", "callee", (ops, sink) -> call(RA, RA, ops, sink));
        add("tail", "callee", (ops, sink) -> call(0, T1, ops, sink));
        add("jump", "callee,rs1", (ops, sink) -> call(0, nonZero(ops, RS1), ops, sink));
        add("sext.b", "rd,rs1", (ops, sink) -> shifts(ops, sink, 24, Opcode.SRAI));
        add("sext.h", "rd,rs1", (ops, sink) -> shifts(ops, sink, 16, Opcode.SRAI));
        add("zext.h", "rd,rs1", (ops, sink) -> shifts(ops, sink, 16, Opcode.SRLI));
    }

    private Pseudos() {
    }

    private static void add(String mnemonic, String template, Form.Action action) {
        FORMS.computeIfAbsent(mnemonic, k -> new ArrayList<>()).add(new Form(Slot.parse(template), action));
    }

    static java.util.Set<String> mnemonics() {
        return java.util.Set.copyOf(FORMS.keySet());
    }

    static List<Form> of(String mnemonic) {
        return FORMS.getOrDefault(mnemonic, List.of());
    }

    private static void li(Operands ops, InstructionSink sink) {
        int rd = ops.get(RD);
        if (ops.addressFunction != null) {
            FixupKind kind = ops.addressFunction.fixupIn(IMM12);
            if (kind == null) {
                throw mismatch(ops, ops.addressFunction.spelling() + " cannot be used with li");
            }
            sink.instruction(new Word(Opcode.ADDI).with(RD, rd).bits(), kind, ops.address, ops.addressColumn);
            return;
        }
        if (!ops.address.isConstant()) {
            throw mismatch(ops, "li needs a number; use la for a symbol address");
        }
        loadConstant(rd, OperandParser.signExtend32(ops.address.addend()), sink);
    }

    /** GNU's load_const: lui with the rounded upper part, then addi with the signed low 12 bits. */
    static void loadConstant(int rd, long value, InstructionSink sink) {
        long lower = Encoding.lo12(value);
        long upper = value - lower;
        int base = 0;
        if (upper != 0) {
            sink.instruction(new Word(Opcode.LUI).with(RD, rd).with(IMM20, (int) ((upper >>> 12) & 0xfffff)).bits(),
                    null, null, 0);
            base = rd;
        }
        if (lower != 0 || base == 0) {
            sink.instruction(new Word(Opcode.ADDI).with(RD, rd).with(RS1, base).with(IMM12, (int) lower).bits(),
                    null, null, 0);
        }
    }

    private static void address(Operands ops, InstructionSink sink, boolean nonZeroTarget) {
        int rd = nonZeroTarget ? nonZero(ops, RD) : ops.get(RD);
        Value value = symbolOrNumber(ops);
        if (value.isConstant()) {
            loadConstant(rd, value.addend(), sink);
            return;
        }
        pcrelPair(rd, value, ops, sink, new Word(Opcode.ADDI).with(RD, rd).with(RS1, rd), FixupKind.PCREL_LO12_I);
    }

    private static void load(Opcode opcode, Operand target, int temp, Operands ops, InstructionSink sink) {
        Value value = symbol(ops);
        Word low = new Word(opcode).with(target, ops.get(target)).with(RS1, temp);
        pcrelPair(temp, value, ops, sink, low, FixupKind.PCREL_LO12_I);
    }

    private static void store(Opcode opcode, Operand source, Operands ops, InstructionSink sink) {
        int temp = nonZero(ops, RS1);
        Value value = symbol(ops);
        Word low = new Word(opcode).with(source, ops.get(source)).with(RS1, temp);
        pcrelPair(temp, value, ops, sink, low, FixupKind.PCREL_LO12_S);
    }

    /** auipc temp with %pcrel_hi of the value, then the low instruction with %pcrel_lo of a label on the auipc. */
    private static void pcrelPair(int temp, Value value, Operands ops, InstructionSink sink, Word low, FixupKind lowKind) {
        AsmSymbol label = sink.labelHere();
        sink.instruction(new Word(Opcode.AUIPC).with(RD, temp).bits(), FixupKind.PCREL_HI20, value, ops.addressColumn);
        sink.instruction(low.bits(), lowKind, Value.of(label), ops.addressColumn);
    }

    private static void call(int link, int temp, Operands ops, InstructionSink sink) {
        Value value = symbolOrNumber(ops);
        sink.instruction(new Word(Opcode.AUIPC).with(RD, temp).bits(), FixupKind.CALL_PLT, value, ops.addressColumn);
        sink.instruction(new Word(Opcode.JALR).with(RD, link).with(RS1, temp).bits(), null, null, 0);
        sink.endFragment();
    }

    private static void shifts(Operands ops, InstructionSink sink, int amount, Opcode right) {
        int rd = ops.get(RD);
        sink.instruction(new Word(Opcode.SLLI).with(RD, rd).with(RS1, ops.get(RS1)).with(SHAMT, amount).bits(), null, null, 0);
        sink.instruction(new Word(right).with(RD, rd).with(RS1, rd).with(SHAMT, amount).bits(), null, null, 0);
    }

    private static int nonZero(Operands ops, Operand register) {
        int number = ops.get(register);
        if (number == 0) {
            throw mismatch(ops, "this form needs a register other than zero");
        }
        return number;
    }

    /** GNU's 'A' operand: a symbol plus a constant. */
    private static Value symbol(Operands ops) {
        noFunction(ops);
        if (!ops.address.isSymbolic()) {
            throw mismatch(ops, "expected a symbol address");
        }
        return ops.address;
    }

    /** GNU's 'B' operand: a symbol plus a constant, or a number; either must fit 32 bits signed. */
    private static Value symbolOrNumber(Operands ops) {
        noFunction(ops);
        Value value = ops.address;
        if (!value.isConstant() && !value.isSymbolic()) {
            throw mismatch(ops, "expected a symbol address or a number");
        }
        long addend = OperandParser.signExtend32(value.addend());
        if (addend != (int) addend) {
            throw mismatch(ops, "offset " + value.addend() + " does not fit in 32 bits");
        }
        return new Value(addend, value.plus(), null);
    }

    private static void noFunction(Operands ops) {
        if (ops.addressFunction != null) {
            throw mismatch(ops, ops.addressFunction.spelling() + " cannot be used here");
        }
    }

    private static OperandParser.Mismatch mismatch(Operands ops, String message) {
        return new OperandParser.Mismatch(ops.addressColumn, OperandParser.BAD_VALUE, message);
    }
}
