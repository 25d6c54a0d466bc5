package strata.assembler.asm.insn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import strata.assembler.isa.Operand;

/**
 * The instruction formats {@code .insn} takes for 32-bit instructions, as GNU {@code as} 2.40
 * does (its riscv_insn_types), each a template of the fields it sets in the order they are
 * written:
 *
 * <pre>
 * .insn r   opcode, funct3, funct7, rd, rs1, rs2
 * .insn r   opcode, funct3, funct2, rd, rs1, rs2, rs3     (the R4 format, as .insn r4)
 * .insn r4  opcode, funct3, funct2, rd, rs1, rs2, rs3
 * .insn i   opcode, funct3, rd, rs1, simm12
 * .insn i   opcode, funct3, rd, simm12(rs1)
 * .insn s   opcode, funct3, rs2, simm12(rs1)
 * .insn b   opcode, funct3, rs1, rs2, target              (also .insn sb)
 * .insn u   opcode, rd, imm20
 * .insn j   opcode, rd, target                            (also .insn uj)
 * </pre>
 *
 * A register may be an integer or a floating-point one, except a base in parentheses; the
 * immediates take what the same fields of machine instructions take, relocation functions
 * included, and a b-format target is settled, and the branch lengthened if need be, like a
 * conditional branch's. The compressed formats need the C extension, which Strata lacks.
 */
final class InsnForms {
    private static final Map<String, List<Form>> FORMS = new HashMap<>();
    private static final Set<String> COMPRESSED = Set.of("cr", "ci", "ciw", "css", "cl", "cs", "ca", "cb", "cj");

    static {
        add("r", "opcode,funct3,funct7,rd*,rs1*,rs2*");
        add("r", "opcode,funct3,funct2,rd*,rs1*,rs2*,frs3*");
        add("r4", "opcode,funct3,funct2,rd*,rs1*,rs2*,frs3*");
        add("i", "opcode,funct3,rd*,rs1*,imm12");
        add("i", "opcode,funct3,rd*,imm12(rs1)");
        add("s", "opcode,funct3,rs2*,simm12(rs1)");
        for (String kind : new String[] {"b", "sb"}) {
            add(kind, "opcode,funct3,rs1*,rs2*,boff");
        }
        add("u", "opcode,rd*,imm20");
        for (String kind : new String[] {"j", "uj"}) {
            add(kind, "opcode,rd*,joff");
        }
    }

    private InsnForms() {
    }

    /** The forms of format {@code kind} (exactly as GNU spells it, in lower case), or none. */
    static List<Form> of(String kind) {
        return FORMS.getOrDefault(kind, List.of());
    }

    /** True for the names of the compressed formats. */
    static boolean isCompressed(String kind) {
        return COMPRESSED.contains(kind);
    }

    /** The format names. */
    static Set<String> formats() {
        return new TreeSet<>(FORMS.keySet());
    }

    /** The format names, for messages. */
    static String names() {
        return String.join(", ", formats());
    }

    private static void add(String kind, String template) {
        FORMS.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Form(Slot.parse(template), InsnForms::emit));
    }

    private static void emit(Operands operands, InstructionSink sink) {
        int word = 0;
        for (Map.Entry<InsnField, Integer> code : operands.codes.entrySet()) {
            word = code.getKey().insert(word, code.getValue());
        }
        for (Map.Entry<Operand, Integer> field : operands.values.entrySet()) {
            word = field.getKey().insert(word, field.getValue());
        }
        MachineForms.emit(word, operands, sink, false);
    }
}
