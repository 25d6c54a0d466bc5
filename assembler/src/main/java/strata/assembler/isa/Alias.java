package strata.assembler.isa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-instruction pseudo-instructions: names that stand for one row of the {@link Opcode}
 * table with some operands fixed ({@code mv rd,rs1} is {@code addi rd,rs1,0}). The assembler
 * expands them, the disassembler prints them, both from the same row, so an alias means the same
 * thing in both directions. Pseudo-instructions that expand to several instructions or depend on
 * the value of their operand ({@code li}, {@code la}, {@code call}, ...) are the assembler's.
 *
 * <p>A row gives the alias's operand template (field names from {@link Operand}) and the base
 * instruction written with those names or with fixed values: registers, CSR names, fence sets,
 * numbers. A base field written with an alias field's name takes that field's value, so
 * {@code fmv.s frd,frs1} = {@code fsgnj.s frd,frs1,frs1} puts the source in both fields.
 *
 * <p>Rows are in the order the disassembler tries them; the first that matches is printed,
 * which gives the same choices as GNU objdump except where {@code docs/objdump.md} says.
 */
public final class Alias {

    /** Whether a row is printed by the disassembler, or only accepted by the assembler. */
    public enum Use { BOTH, ASSEMBLE_ONLY, PRINT_ONLY }

    /** Where a base field's value comes from. */
    public sealed interface Source permits FromAlias, Fixed {
    }

    /** The value of the alias's own field {@code operand}. */
    public record FromAlias(Operand operand) implements Source {
    }

    /** A constant. */
    public record Fixed(int value) implements Source {
    }

    private static final List<Alias> ALL = new ArrayList<>();

    static {
        row("nop", "", "addi x0,x0,0");
        row("li", "rd,imm12", "addi rd,x0,imm12", Use.PRINT_ONLY);
        row("mv", "rd,rs1", "addi rd,rs1,0");
        row("move", "rd,rs1", "addi rd,rs1,0", Use.ASSEMBLE_ONLY);
        row("not", "rd,rs1", "xori rd,rs1,-1");
        row("neg", "rd,rs2", "sub rd,x0,rs2");
        row("seqz", "rd,rs1", "sltiu rd,rs1,1");
        row("snez", "rd,rs2", "sltu rd,x0,rs2");
        row("sltz", "rd,rs1", "slt rd,rs1,x0");
        row("sgtz", "rd,rs2", "slt rd,x0,rs2");
        row("sgt", "rd,rs2,rs1", "slt rd,rs1,rs2", Use.ASSEMBLE_ONLY);
        row("sgtu", "rd,rs2,rs1", "sltu rd,rs1,rs2", Use.ASSEMBLE_ONLY);
        // GNU as takes the register-register mnemonics with an immediate for the -i forms.
        row("add", "rd,rs1,imm12", "addi rd,rs1,imm12", Use.ASSEMBLE_ONLY);
        row("and", "rd,rs1,imm12", "andi rd,rs1,imm12", Use.ASSEMBLE_ONLY);
        row("or", "rd,rs1,imm12", "ori rd,rs1,imm12", Use.ASSEMBLE_ONLY);
        row("xor", "rd,rs1,imm12", "xori rd,rs1,imm12", Use.ASSEMBLE_ONLY);
        row("slt", "rd,rs1,imm12", "slti rd,rs1,imm12", Use.ASSEMBLE_ONLY);
        row("sltu", "rd,rs1,imm12", "sltiu rd,rs1,imm12", Use.ASSEMBLE_ONLY);
        row("sll", "rd,rs1,shamt", "slli rd,rs1,shamt", Use.ASSEMBLE_ONLY);
        row("srl", "rd,rs1,shamt", "srli rd,rs1,shamt", Use.ASSEMBLE_ONLY);
        row("sra", "rd,rs1,shamt", "srai rd,rs1,shamt", Use.ASSEMBLE_ONLY);
        row("scall", "", "ecall", Use.ASSEMBLE_ONLY);
        row("sbreak", "", "ebreak", Use.ASSEMBLE_ONLY);
        row("zext.b", "rd,rs1", "andi rd,rs1,255");
        row("beqz", "rs1,boff", "beq rs1,x0,boff");
        row("bnez", "rs1,boff", "bne rs1,x0,boff");
        row("blez", "rs2,boff", "bge x0,rs2,boff");
        row("bgez", "rs1,boff", "bge rs1,x0,boff");
        row("bltz", "rs1,boff", "blt rs1,x0,boff");
        row("bgtz", "rs2,boff", "blt x0,rs2,boff");
        row("bgt", "rs2,rs1,boff", "blt rs1,rs2,boff", Use.ASSEMBLE_ONLY);
        row("ble", "rs2,rs1,boff", "bge rs1,rs2,boff", Use.ASSEMBLE_ONLY);
        row("bgtu", "rs2,rs1,boff", "bltu rs1,rs2,boff", Use.ASSEMBLE_ONLY);
        row("bleu", "rs2,rs1,boff", "bgeu rs1,rs2,boff", Use.ASSEMBLE_ONLY);
        row("j", "joff", "jal x0,joff");
        row("jal", "joff", "jal ra,joff");
        row("ret", "", "jalr x0,0(ra)");
        row("jr", "rs1", "jalr x0,0(rs1)");
        row("jr", "imm12(rs1)", "jalr x0,imm12(rs1)");
        row("jr", "rs1,imm12", "jalr x0,imm12(rs1)", Use.ASSEMBLE_ONLY);
        row("jalr", "rs1", "jalr ra,0(rs1)");
        row("jalr", "imm12(rs1)", "jalr ra,imm12(rs1)");
        row("jalr", "rs1,imm12", "jalr ra,imm12(rs1)", Use.ASSEMBLE_ONLY);
        row("jalr", "rd,rs1", "jalr rd,0(rs1)");
        row("jalr", "rd,rs1,imm12", "jalr rd,imm12(rs1)", Use.ASSEMBLE_ONLY);
        row("unimp", "", "csrrw x0,cycle,x0");
        row("rdinstret", "rd", "csrrs rd,instret,x0");
        row("rdcycle", "rd", "csrrs rd,cycle,x0");
        row("rdtime", "rd", "csrrs rd,time,x0");
        row("rdinstreth", "rd", "csrrs rd,instreth,x0");
        row("rdcycleh", "rd", "csrrs rd,cycleh,x0");
        row("rdtimeh", "rd", "csrrs rd,timeh,x0");
        row("frcsr", "rd", "csrrs rd,fcsr,x0");
        row("frsr", "rd", "csrrs rd,fcsr,x0", Use.ASSEMBLE_ONLY);
        row("frrm", "rd", "csrrs rd,frm,x0");
        row("frflags", "rd", "csrrs rd,fflags,x0");
        row("fscsr", "rs1", "csrrw x0,fcsr,rs1");
        row("fscsr", "rd,rs1", "csrrw rd,fcsr,rs1");
        row("fssr", "rs1", "csrrw x0,fcsr,rs1", Use.ASSEMBLE_ONLY);
        row("fssr", "rd,rs1", "csrrw rd,fcsr,rs1", Use.ASSEMBLE_ONLY);
        row("fsrm", "rs1", "csrrw x0,frm,rs1");
        row("fsrm", "rd,rs1", "csrrw rd,frm,rs1");
        row("fsflags", "rs1", "csrrw x0,fflags,rs1");
        row("fsflags", "rd,rs1", "csrrw rd,fflags,rs1");
        row("fsrmi", "zimm", "csrrwi x0,frm,zimm");
        row("fsrmi", "rd,zimm", "csrrwi rd,frm,zimm");
        row("fsflagsi", "zimm", "csrrwi x0,fflags,zimm");
        row("fsflagsi", "rd,zimm", "csrrwi rd,fflags,zimm");
        row("csrr", "rd,csr", "csrrs rd,csr,x0");
        row("csrw", "csr,rs1", "csrrw x0,csr,rs1");
        row("csrs", "csr,rs1", "csrrs x0,csr,rs1");
        row("csrc", "csr,rs1", "csrrc x0,csr,rs1");
        row("csrwi", "csr,zimm", "csrrwi x0,csr,zimm");
        row("csrsi", "csr,zimm", "csrrsi x0,csr,zimm");
        row("csrci", "csr,zimm", "csrrci x0,csr,zimm");
        // GNU as picks the immediate form when the source is a number rather than a register.
        row("csrw", "csr,zimm", "csrrwi x0,csr,zimm", Use.ASSEMBLE_ONLY);
        row("csrs", "csr,zimm", "csrrsi x0,csr,zimm", Use.ASSEMBLE_ONLY);
        row("csrc", "csr,zimm", "csrrci x0,csr,zimm", Use.ASSEMBLE_ONLY);
        row("csrrw", "rd,csr,zimm", "csrrwi rd,csr,zimm", Use.ASSEMBLE_ONLY);
        row("csrrs", "rd,csr,zimm", "csrrsi rd,csr,zimm", Use.ASSEMBLE_ONLY);
        row("csrrc", "rd,csr,zimm", "csrrci rd,csr,zimm", Use.ASSEMBLE_ONLY);
        row("fmv.s", "frd,frs1", "fsgnj.s frd,frs1,frs1");
        row("fneg.s", "frd,frs1", "fsgnjn.s frd,frs1,frs1");
        row("fabs.s", "frd,frs1", "fsgnjx.s frd,frs1,frs1");
        row("fmv.d", "frd,frs1", "fsgnj.d frd,frs1,frs1");
        row("fneg.d", "frd,frs1", "fsgnjn.d frd,frs1,frs1");
        row("fabs.d", "frd,frs1", "fsgnjx.d frd,frs1,frs1");
        row("fgt.s", "rd,frs2,frs1", "flt.s rd,frs1,frs2", Use.ASSEMBLE_ONLY);
        row("fge.s", "rd,frs2,frs1", "fle.s rd,frs1,frs2", Use.ASSEMBLE_ONLY);
        row("fgt.d", "rd,frs2,frs1", "flt.d rd,frs1,frs2", Use.ASSEMBLE_ONLY);
        row("fge.d", "rd,frs2,frs1", "fle.d rd,frs1,frs2", Use.ASSEMBLE_ONLY);
        row("fmv.x.s", "rd,frs1", "fmv.x.w rd,frs1", Use.ASSEMBLE_ONLY);
        row("fmv.s.x", "frd,rs1", "fmv.w.x frd,rs1", Use.ASSEMBLE_ONLY);
        row("fence", "", "fence iorw,iorw");
        row("sfence.vma", "", "sfence.vma x0,x0");
        row("sfence.vma", "rs1", "sfence.vma rs1,x0");
    }

    private final String mnemonic;
    private final String template;
    private final List<Format.Element> syntax;
    private final Opcode base;
    private final Map<Operand, Source> sources;
    private final Use use;

    private Alias(String mnemonic, String template, Opcode base, Map<Operand, Source> sources, Use use) {
        this.mnemonic = mnemonic;
        this.template = template;
        this.syntax = Format.parse(template);
        this.base = base;
        this.sources = sources;
        this.use = use;
    }

    public String mnemonic() {
        return mnemonic;
    }

    /** The alias's operand template, in the notation of {@link Format}. */
    public String template() {
        return template;
    }

    /** The alias's operand syntax, parsed from its template. */
    public List<Format.Element> syntax() {
        return syntax;
    }

    /** The instruction the alias stands for. */
    public Opcode base() {
        return base;
    }

    /** Where each field of the base instruction gets its value. */
    public Map<Operand, Source> sources() {
        return sources;
    }

    public boolean assembles() {
        return use != Use.PRINT_ONLY;
    }

    public boolean prints() {
        return use != Use.ASSEMBLE_ONLY;
    }

    /**
     * The base instruction for the alias's operand values: {@code values} maps each field of
     * the alias's template to its value. The result still needs nothing else; range checks are
     * the caller's, against the base field's {@link Operand}.
     */
    public int encode(Map<Operand, Integer> values) {
        int word = base.match();
        for (Map.Entry<Operand, Source> entry : sources.entrySet()) {
            word = entry.getKey().insert(word, valueOf(entry.getValue(), values));
        }
        return word;
    }

    private static int valueOf(Source source, Map<Operand, Integer> values) {
        if (source instanceof Fixed fixed) {
            return fixed.value();
        }
        return values.get(((FromAlias) source).operand());
    }

    /**
     * The alias's field values if {@code word} (an instance of {@link #base()}) is this alias:
     * every fixed field holds its constant and every alias field that feeds several base fields
     * finds the same value in each. Null otherwise.
     */
    public Map<Operand, Integer> match(int word) {
        Map<Operand, Integer> values = new HashMap<>();
        for (Map.Entry<Operand, Source> entry : sources.entrySet()) {
            int value = entry.getKey().extract(word);
            Source source = entry.getValue();
            if (source instanceof Fixed fixed) {
                if (fixed.value() != value) {
                    return null;
                }
            } else {
                Integer seen = values.putIfAbsent(((FromAlias) source).operand(), value);
                if (seen != null && seen != value) {
                    return null;
                }
            }
        }
        return values;
    }

    /** Every alias, in the disassembler's order of preference. */
    public static List<Alias> all() {
        return List.copyOf(ALL);
    }

    /** The aliases the assembler accepts under {@code mnemonic}, in table order. */
    public static List<Alias> assembling(String mnemonic) {
        List<Alias> found = new ArrayList<>();
        for (Alias alias : ALL) {
            if (alias.mnemonic.equals(mnemonic) && alias.assembles()) {
                found.add(alias);
            }
        }
        return found;
    }

    private static void row(String mnemonic, String template, String base) {
        row(mnemonic, template, base, Use.BOTH);
    }

    private static void row(String mnemonic, String template, String baseText, Use use) {
        int space = baseText.indexOf(' ');
        String baseMnemonic = space < 0 ? baseText : baseText.substring(0, space);
        Opcode base = Opcode.byMnemonic(baseMnemonic);
        if (base == null) {
            throw new IllegalStateException("alias " + mnemonic + ": no instruction " + baseMnemonic);
        }
        List<String> tokens = space < 0 ? List.of() : List.of(baseText.substring(space + 1).split("[,()]+"));
        List<Operand> fields = base.format().operands();
        if (tokens.size() != fields.size()) {
            throw new IllegalStateException("alias " + mnemonic + ": " + baseText + " needs " + fields.size() + " operands");
        }
        Map<Operand, Source> sources = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            sources.put(fields.get(i), source(fields.get(i), tokens.get(i), mnemonic));
        }
        ALL.add(new Alias(mnemonic, template, base, sources, use));
    }

    private static Source source(Operand field, String token, String mnemonic) {
        Operand named = Operand.byTemplateName(token);
        if (named != null) {
            return new FromAlias(named);
        }
        int value = switch (field.kind()) {
            case X_REGISTER -> Registers.x(token);
            case F_REGISTER -> Registers.f(token);
            case CSR -> Csr.numberOf(token);
            case FENCE_SET -> FenceSet.parse(token);
            case ROUNDING_MODE -> RoundingMode.byName(token).encoding();
            case IMMEDIATE, PC_OFFSET -> Integer.decode(token);
        };
        if (value < 0 && field.kind() != Operand.Kind.IMMEDIATE) {
            throw new IllegalStateException("alias " + mnemonic + ": bad value " + token.toLowerCase(Locale.ROOT));
        }
        return new Fixed(value);
    }
}
