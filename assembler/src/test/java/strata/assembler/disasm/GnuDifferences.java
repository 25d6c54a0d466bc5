package strata.assembler.disasm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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

    /** What a rule applies to: 32-bit words in any listing, in one alias mode, or 16-bit parcels. */
    private enum Scope { ALWAYS, WITH_ALIASES, NO_ALIASES, PARCELS }

    private record Rule(Scope scope, String why, Pattern pattern, Rewrite rewrite) {

        Rule(String why, Pattern pattern, Rewrite rewrite) {
            this(Scope.ALWAYS, why, pattern, rewrite);
        }

        boolean appliesTo(boolean aliases) {
            return scope == Scope.ALWAYS || scope == (aliases ? Scope.WITH_ALIASES : Scope.NO_ALIASES);
        }
    }

    private static final List<Rule> RULES = List.of(
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
                    Pattern.compile("^(csr\\w*\t)(.*)$"), GnuDifferences::csrName),
            new Rule(Scope.PARCELS, "Strata does not decode the C extension: where the file's architecture has "
                    + "it, binutils prints 16-bit compressed instructions; Strata prints them as data",
                    Pattern.compile("^[^.].*$"), (m, parcel) -> ".2byte\t0x" + Integer.toHexString(parcel)));

    /** An instruction line of a listing: address, the word or 16-bit parcel, its padding, and the text. */
    private static final Pattern LISTING_LINE = Pattern.compile("( *[0-9a-f]+:\t([0-9a-f]{8}|[0-9a-f]{4}) +\t)(.*)");

    private GnuDifferences() {
    }

    /** A whole objdump listing with the rules applied to each 32-bit word and 16-bit parcel. */
    static String listingToStrata(String listing, boolean aliases) {
        List<String> lines = new ArrayList<>();
        for (String line : listing.split("\n", -1)) {
            Matcher match = LISTING_LINE.matcher(line);
            if (match.matches()) {
                int bits = Integer.parseUnsignedInt(match.group(2), 16);
                boolean parcel = match.group(2).length() == 4;
                line = match.group(1) + (parcel ? apply(match.group(3), bits, rule -> rule.scope() == Scope.PARCELS)
                        : toStrata(match.group(3), bits, aliases));
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    /**
     * What Strata prints for {@code word}, according to binutils' {@code text} and the rules;
     * {@code aliases} says whether the listing prints aliases. A {@code # address} comment
     * after the instruction is kept as it is.
     */
    static String toStrata(String text, int word, boolean aliases) {
        return apply(text, word, rule -> rule.appliesTo(aliases));
    }

    private static String apply(String text, int word, Predicate<Rule> applies) {
        int comment = text.indexOf(" # ");
        String result = comment < 0 ? text : text.substring(0, comment);
        for (Rule rule : RULES) {
            Matcher match = rule.pattern().matcher(result);
            if (applies.test(rule) && match.matches()) {
                result = rule.rewrite().apply(match, word);
            }
        }
        return comment < 0 ? result : result + text.substring(comment);
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
