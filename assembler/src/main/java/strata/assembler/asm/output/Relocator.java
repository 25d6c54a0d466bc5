package strata.assembler.asm.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Located;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.section.BranchFragment;
import strata.assembler.asm.section.FixedFragment;
import strata.assembler.asm.section.Fixup;
import strata.assembler.asm.section.FixupKind;
import strata.assembler.asm.section.Fragment;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.asm.symbol.Sequence;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Opcode;
import strata.assembler.object.RelocationType;

/**
 * Settles every fixup and branch of a laid-out section: a value that is now a number is written
 * into the bytes, anything else becomes a relocation. The choices follow GNU {@code as} with
 * {@code -mno-relax}:
 *
 * <ul>
 * <li>relocations name the symbol itself, never its section plus an offset, and branches and
 *     jumps get R_RISCV_BRANCH/JAL even to a local label;
 * <li>a difference of two labels folds only if both are in the same section and that section
 *     holds no code; otherwise it becomes an ADD/SUB pair;
 * <li>%hi and %lo fields, and branch and jump offsets to a known symbol, are filled with the
 *     value GNU fills in ahead of the linker (the addend's %hi/%lo; S + A - P);
 * <li>under {@code .option relax}, the relocations a linker may relax get an R_RISCV_RELAX.
 * </ul>
 */
final class Relocator {
    private static final int BRANCH_INVERT = 0x1000;
    private static final int JUMP_REACH = 1 << 20;

    private final Problems problems;
    private final Sequence sequence;
    private final boolean relaxAtEnd;

    Relocator(Problems problems, Sequence sequence, boolean relaxAtEnd) {
        this.problems = problems;
        this.sequence = sequence;
        this.relaxAtEnd = relaxAtEnd;
    }

    /**
     * Patches {@code contents} (the laid-out bytes of {@code section}) and returns its relocations
     * in the order GNU makes its fixups: those written while reading first, then the branches
     * laid out at the end. That order decides where the temporary symbols they need come in the
     * symbol list, and, with the {@code .reloc} relocations, the order they are written in
     * ({@link RelocationOrder}).
     */
    List<PendingRelocation> apply(SectionState section, byte[] contents) {
        List<PendingRelocation> relocations = new ArrayList<>();
        Set<Integer> highParts = highParts(section);
        for (Fragment fragment : section.fragments()) {
            if (fragment instanceof FixedFragment fixed) {
                for (Fixup fixup : fixed.fixups()) {
                    try {
                        fixup(section, fixed.address() + fixup.offset(), fixup, contents, highParts, relocations);
                    } catch (AsmException e) {
                        problems.error(fixup.line(), fixup.column(), e.getMessage());
                    }
                }
            }
        }
        for (Fragment fragment : section.fragments()) {
            if (fragment instanceof BranchFragment branch) {
                try {
                    branch(branch, contents, relocations);
                } catch (AsmException e) {
                    problems.error(branch.line(), branch.column(), e.getMessage());
                }
            }
        }
        for (PendingRelocation relocation : relocations) {
            if (relocation.symbol() != null) {
                relocation.symbol().markUsedInRelocation();
                relocation.symbol().placeIfUnplaced(sequence);
            }
        }
        return relocations;
    }

    /** The addresses of the section's %pcrel_hi fields, which %pcrel_lo must point at. */
    private static Set<Integer> highParts(SectionState section) {
        Set<Integer> addresses = new HashSet<>();
        for (Fragment fragment : section.fragments()) {
            if (fragment instanceof FixedFragment fixed) {
                for (Fixup fixup : fixed.fixups()) {
                    if (fixup.kind() == FixupKind.PCREL_HI20) {
                        addresses.add(fixed.address() + fixup.offset());
                    }
                }
            }
        }
        return addresses;
    }

    private void fixup(SectionState section, int at, Fixup fixup, byte[] contents, Set<Integer> highParts,
                       List<PendingRelocation> out) {
        Value value = fold(Evaluator.resolve(fixup.value(), Evaluator.Mode.OPERAND));
        FixupKind kind = fixup.kind();
        if (kind.isData()) {
            data(at, fixup, value, contents, out);
            return;
        }
        if (kind == FixupKind.ALIGN) {
            out.add(new PendingRelocation(at, RelocationType.ALIGN, null, value.addend()));
            return;
        }
        if (!value.isConstant() && !value.isSymbolic()) {
            throw new AsmException(fixup.column(), "a relocation cannot express this difference of symbols");
        }
        switch (kind) {
            case HI20 -> orWord(contents, at, Encoding.withImmU(0, Encoding.hi20(value.addend())));
            case LO12_I -> orWord(contents, at, Encoding.withImmI(0, (int) value.addend()));
            case LO12_S -> orWord(contents, at, Encoding.withImmS(0, (int) value.addend()));
            case PCREL_LO12_I, PCREL_LO12_S -> checkHighPart(section, value, highParts, fixup);
            default -> {
            }
        }
        boolean resolvedHere = value.isConstant()
                && (kind == FixupKind.HI20 || kind == FixupKind.LO12_I || kind == FixupKind.LO12_S);
        if (resolvedHere) {
            return;
        }
        out.add(new PendingRelocation(at, kind.relocation(), value.plus(), value.addend()));
        boolean pcrel = kind == FixupKind.PCREL_HI20 || kind == FixupKind.PCREL_LO12_I || kind == FixupKind.PCREL_LO12_S;
        if (fixup.relax() && kind.relaxable() && value.plus() != null && (!pcrel || relaxAtEnd)) {
            out.add(new PendingRelocation(at, RelocationType.RELAX, null, 0));
        }
    }

    private void data(int at, Fixup fixup, Value value, byte[] contents, List<PendingRelocation> out) {
        FixupKind kind = fixup.kind();
        if (value.isConstant()) {
            put(contents, at, value.addend(), kind.size());
            return;
        }
        if (value.plus() == null) {
            throw new AsmException(fixup.column(), "cannot relocate a negated symbol address");
        }
        if (value.minus() != null) {
            out.add(new PendingRelocation(at, kind.addRelocation(), value.plus(), value.addend()));
            out.add(new PendingRelocation(at, kind.subRelocation(), value.minus(), 0));
            return;
        }
        if (kind.relocation() == null) {
            throw new AsmException(fixup.column(), "a symbol address does not fit in " + kind.size()
                    + (kind.size() == 1 ? " byte" : " bytes") + ": no relocation exists for it");
        }
        out.add(new PendingRelocation(at, kind.relocation(), value.plus(), value.addend()));
    }

    /** A %pcrel_lo names the label of its %pcrel_hi; without one the linker could not resolve it. */
    private static void checkHighPart(SectionState section, Value value, Set<Integer> highParts, Fixup fixup) {
        Located label = Located.of(value);
        boolean found = label != null && label.section() == section && highParts.contains((int) label.address());
        if (!found) {
            throw new AsmException(fixup.column(), "%pcrel_lo needs the label of an auipc with %pcrel_hi in this section"
                    + (value.plus() == null ? "" : "; '" + value.plus().name().strip() + "' is not one"));
        }
    }

    /** GNU folds a label difference at the end only within one section that holds no code. */
    private static Value fold(Value value) {
        if (value.plus() == null || value.minus() == null) {
            return value;
        }
        Located plus = Located.of(value.plus());
        Located minus = Located.of(value.minus());
        if (plus != null && minus != null && plus.section() == minus.section() && !plus.section().isCode()) {
            return Value.constant(value.addend() + plus.address() - minus.address());
        }
        return value;
    }

    private void branch(BranchFragment branch, byte[] contents, List<PendingRelocation> out) {
        Value target = Evaluator.resolve(branch.target(), Evaluator.Mode.OPERAND);
        if (!target.isConstant() && !target.isSymbolic()) {
            throw new AsmException(branch.column(), "a branch target must be a label or a number");
        }
        int at = branch.address();
        if (branch.conditional() && branch.size() == 4) {
            int word = branch.word();
            if (target.plus() != null) {
                word = Encoding.withImmB(word, checkedOffset(branch, target, at, false));
            }
            putWord(contents, at, word);
            out.add(new PendingRelocation(at, RelocationType.BRANCH, target.plus(), target.addend()));
            return;
        }
        int jumpAt = at;
        int jump = branch.word();
        if (branch.conditional()) {
            putWord(contents, at, Encoding.withImmB(branch.word() ^ BRANCH_INVERT, 8));
            jumpAt = at + 4;
            jump = Opcode.JAL.match();
        }
        if (target.plus() != null) {
            jump = Encoding.withImmJ(jump, checkedOffset(branch, target, jumpAt, true));
        }
        putWord(contents, jumpAt, jump);
        out.add(new PendingRelocation(jumpAt, RelocationType.JAL, target.plus(), target.addend()));
    }

    /**
     * The offset GNU fills in ahead of the linker, S + A - P. When the target is a label of the
     * same section the offset is final, so an odd one, or a jump beyond 1 MiB, is an error here
     * rather than a surprise at link time.
     */
    private static int checkedOffset(BranchFragment branch, Value target, int from, boolean jump) {
        Located located = Located.of(target);
        long offset = (located != null ? located.address() : target.addend()) - from;
        if (located != null && located.section() == branch.section()) {
            if ((offset & 1) != 0) {
                throw new AsmException(branch.column(), "misaligned branch target: offset " + offset + " is odd");
            }
            if (jump && (offset < -JUMP_REACH || offset >= JUMP_REACH)) {
                throw new AsmException(branch.column(), "jump target out of range: offset " + offset
                        + " is beyond the +-1 MiB a jal reaches");
            }
        }
        return (int) offset;
    }

    private static void orWord(byte[] contents, int at, int bits) {
        putWord(contents, at, word(contents, at) | bits);
    }

    private static int word(byte[] contents, int at) {
        return (contents[at] & 0xff) | (contents[at + 1] & 0xff) << 8 | (contents[at + 2] & 0xff) << 16
                | (contents[at + 3] & 0xff) << 24;
    }

    private static void putWord(byte[] contents, int at, int word) {
        put(contents, at, word, 4);
    }

    private static void put(byte[] contents, int at, long value, int size) {
        for (int i = 0; i < size; i++) {
            contents[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
