package strata.assembler.isa;

import java.util.ArrayList;
import java.util.List;

/**
 * The assembly syntax of an instruction's operands, as a template: field names from
 * {@link Operand} joined by the punctuation GNU {@code as} and {@code objdump} use. A bracketed
 * tail such as {@code [,rm]} is optional when assembling; omitted, it takes its default
 * ({@link RoundingMode#DYN} for a rounding mode).
 *
 * <p>The assembler parses operands by walking the template, the disassembler prints them by
 * walking it, so the two cannot disagree about an instruction's syntax.
 */
public enum Format {
    NONE(""),
    R("rd,rs1,rs2"),
    I("rd,rs1,imm12"),
    SHIFT("rd,rs1,shamt"),
    LOAD("rd,imm12(rs1)"),
    STORE("rs2,simm12(rs1)"),
    BRANCH("rs1,rs2,boff"),
    U("rd,imm20"),
    JAL("rd,joff"),
    JALR("rd,imm12(rs1)"),
    CSR("rd,csr,rs1"),
    CSRI("rd,csr,zimm"),
    FENCE("pred,succ"),
    SFENCE_VMA("rs1,rs2"),
    /** lr.w; the ordering suffixes .aq, .rl and .aqrl set bits 26:25. */
    LR("rd,(rs1)"),
    /** sc.w and the AMOs; the ordering suffixes .aq, .rl and .aqrl set bits 26:25. */
    AMO("rd,rs2,(rs1)"),
    F_LOAD("frd,imm12(rs1)"),
    F_STORE("frs2,simm12(rs1)"),
    F_R("frd,frs1,frs2"),
    F_R_RM("frd,frs1,frs2[,rm]"),
    F_R4_RM("frd,frs1,frs2,frs3[,rm]"),
    F_UNARY("frd,frs1"),
    F_UNARY_RM("frd,frs1[,rm]"),
    /** Float to integer register: fmv.x.w, fclass. */
    F_TO_X("rd,frs1"),
    F_TO_X_RM("rd,frs1[,rm]"),
    /** Integer to float register: fmv.w.x, and the exact fcvt.d.w/wu whose rm is fixed. */
    X_TO_F("frd,rs1"),
    X_TO_F_RM("frd,rs1[,rm]"),
    F_COMPARE("rd,frs1,frs2");

    /** One piece of a template: a field, or punctuation to match or print. */
    public sealed interface Element permits Field, Punctuation {
    }

    /** A field of the instruction; {@code optional} if it is in the bracketed tail. */
    public record Field(Operand operand, boolean optional) implements Element {
    }

    /** A literal character of the syntax: a comma or a parenthesis. */
    public record Punctuation(char symbol, boolean optional) implements Element {
    }

    private final String template;
    private final List<Element> elements;

    Format(String template) {
        this.template = template;
        this.elements = parse(template);
    }

    public String template() {
        return template;
    }

    public List<Element> elements() {
        return elements;
    }

    /** The fields in the order they are written. */
    public List<Operand> operands() {
        List<Operand> operands = new ArrayList<>();
        for (Element element : elements) {
            if (element instanceof Field field) {
                operands.add(field.operand());
            }
        }
        return operands;
    }

    /** True for the formats whose mnemonic takes the .aq/.rl/.aqrl ordering suffixes. */
    public boolean takesOrdering() {
        return this == LR || this == AMO;
    }

    /** Parses a template such as {@code frd,frs1,frs2[,rm]} into its elements. */
    static List<Element> parse(String template) {
        List<Element> elements = new ArrayList<>();
        boolean optional = false;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                optional = true;
                i++;
            } else if (c == ']') {
                i++;
            } else if (c == ',' || c == '(' || c == ')') {
                elements.add(new Punctuation(c, optional));
                i++;
            } else {
                int start = i;
                while (i < template.length() && Character.isLetterOrDigit(template.charAt(i))) {
                    i++;
                }
                String name = template.substring(start, i);
                Operand operand = Operand.byTemplateName(name);
                if (operand == null) {
                    throw new IllegalArgumentException("unknown field '" + name + "' in template " + template);
                }
                elements.add(new Field(operand, optional));
            }
        }
        return List.copyOf(elements);
    }
}
