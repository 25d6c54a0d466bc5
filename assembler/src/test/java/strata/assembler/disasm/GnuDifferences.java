package strata.assembler.disasm;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Registers;

/**
 * The documented differences between GNU objdump 2.40 and Strata's disassembler
 * ({@code docs/objdump.md}), as one table: each rule rewrites binutils' text of a word into
 * what Strata prints for it. Tests compare Strata's text with binutils' text after these
 * rules, and with nothing else forgiven.
 */
final class GnuDifferences {

    /** Rewrites the text binutils printed for {@code word}, given the match of its pattern. */
    @FunctionalInterface
    private interface Rewrite {
        String apply(Matcher match, int word);
    }

    /** Which listings a rule applies to. */
    private enum Scope { ALWAYS, WITH_ALIASES, NO_ALIASES }

    private record Rule(Scope scope, String why, Pattern pattern, Rewrite rewrite) {

        Rule(String why, Pattern pattern, Rewrite rewrite) {
            this(Scope.ALWAYS, why, pattern, rewrite);
        }

        boolean appliesTo(boolean aliases) {
            return scope == Scope.ALWAYS || (scope == Scope.WITH_ALIASES) == aliases;
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("objdump appends '# address' worked out from earlier instructions; one word alone "
                    + "cannot know it (strata objdump prints it, the listing tests check it)",
                    Pattern.compile("^(.*?) # .*$"), (m, word) -> m.group(1)),
            new Rule("binutils prints addi/andi/ori/xori under the aliases add/and/or/xor; Strata prints "
                    + "the real mnemonic",
                    Pattern.compile("^(add|and|or|xor)\t(\\w+),(\\w+),(-?\\d+)$"),
                    (m, word) -> m.group(1) + "i\t" + m.group(2) + "," + m.group(3) + "," + m.group(4)),
            new Rule("binutils prints slli/srli/srai under the aliases sll/srl/sra",
                    Pattern.compile("^(sll|srl|sra)\t(\\w+),(\\w+),(0x[0-9a-f]+)$"),
                    (m, word) -> m.group(1) + "i\t" + m.group(2) + "," + m.group(3) + "," + m.group(4)),
            new Rule("binutils prints csrrwi/csrrsi/csrrci with rd=zero as csrw/csrs/csrc; Strata as "
                    + "csrwi/csrsi/csrci",
                    Pattern.compile("^csr(w|s|c)\t(\\w+),(\\d+)$"),
                    (m, word) -> "csr" + m.group(1) + "i\t" + m.group(2) + "," + m.group(3)),
            new Rule(Scope.WITH_ALIASES, "binutils prints csrrwi/csrrsi/csrrci as csrrw/csrrs/csrrc with an "
                    + "immediate", Pattern.compile("^csrr(w|s|c)\t(\\w+),(\\w+),(\\d+)$"),
                    (m, word) -> "csrr" + m.group(1) + "i\t" + m.group(2) + "," + m.group(3) + "," + m.group(4)),
            new Rule(Scope.NO_ALIASES, "binutils prints unimp even with -M no-aliases; Strata prints the "
                    + "instruction itself", Pattern.compile("^unimp$"), (m, word) -> "csrrw\tzero,cycle,zero"),
            new Rule("binutils prints fsrmi/fsflagsi with rd=zero as 'fsrmi zero,N'; Strata as 'fsrmi N'",
                    Pattern.compile("^(fsrmi|fsflagsi)\tzero,(\\d+)$"),
                    (m, word) -> m.group(1) + "\t" + m.group(2)),
            new Rule("binutils prints an empty fence set as 'unknown'; Strata prints 0",
                    Pattern.compile("^fence\tunknown,(\\w+)$"), (m, word) -> "fence\t0," + m.group(1)),
            new Rule("(the same, for the successor set)",
                    Pattern.compile("^fence\t(\\w+),unknown$"), (m, word) -> "fence\t" + m.group(1) + ",0"),
            new Rule("a reserved rounding mode (5 or 6) makes a word no instruction for Strata; binutils "
                    + "prints the instruction with rounding mode 'unknown'",
                    Pattern.compile("^.*,unknown$"), (m, word) -> ".4byte\t0x" + Integer.toHexString(word)),
            new Rule("Strata names CSRs after its table (privileged spec 1.12), always; binutils after the "
                    + "spec version the object records (1.11 once a CSR is named), and knows more CSRs",
                    Pattern.compile("^(csr\\w*\t)(.*)$"), GnuDifferences::csrName));

    private GnuDifferences() {
    }

    /**
     * What Strata prints for {@code word}, according to binutils' {@code text} and the rules;
     * {@code aliases} says whether the listing prints aliases.
     */
    static String toStrata(String text, int word, boolean aliases) {
        String result = text;
        for (Rule rule : RULES) {
            Matcher match = rule.pattern().matcher(result);
            if (rule.appliesTo(aliases) && match.matches()) {
                result = rule.rewrite().apply(match, word);
            }
        }
        return result;
    }

    /** The CSR operand (neither a register nor a decimal number) as Strata names it. */
    private static String csrName(Matcher match, int word) {
        int csr = Encoding.csr(word);
        String name = Csr.nameOf(csr) != null ? Csr.nameOf(csr) : "0x" + Integer.toHexString(csr);
        StringBuilder operands = new StringBuilder();
        for (String operand : match.group(2).split(",", -1)) {
            boolean isCsr = Registers.x(operand) < 0 && !operand.matches("\\d+");
            operands.append(operands.length() == 0 ? "" : ",").append(isCsr ? name : operand);
        }
        return match.group(1) + operands;
    }
}
