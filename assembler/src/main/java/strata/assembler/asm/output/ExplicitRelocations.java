package strata.assembler.asm.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Located;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.section.ExplicitRelocation;
import strata.assembler.asm.section.Fragment;
import strata.assembler.asm.section.SectionKinds;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.asm.symbol.Sequence;
import strata.assembler.object.Section;

/**
 * Settles the {@code .reloc} relocations once every section is laid out, the way GNU
 * {@code as} does (write.c, resolve_reloc_expr_symbols):
 *
 * <ul>
 * <li>the offset is a number, counted in the section current at the directive, or an address,
 *     which puts the relocation in that address's section. It must point into the fixed contents
 *     of the section: not into a run of {@code .space} or {@code .fill} or into alignment padding,
 *     except at its first byte. Strata also requires the field the type touches to end within
 *     the section, which GNU checks only for relocations against a section symbol;
 * <li>the value is a number (no symbol), a symbol plus a number, or a difference of labels that
 *     is a number by now. A symbol set to an undefined or common symbol plus n stands for it;
 * <li>a temporary symbol ({@code .L} names, numeric local labels, {@code .}) is replaced by its
 *     section's symbol plus its offset, unless it lies in a mergeable section and there is an
 *     addend, or in a TLS section.
 * </ul>
 *
 * GNU resolves them last to first, which decides where the temporary symbols they keep come in
 * the symbol list. A value that only became a number here (a difference of labels, a temporary
 * set to a number) names the absolute section's symbol, which GNU then lists, unless the same
 * symbol also served a {@code .reloc} whose value was a number from the start, or any fixup
 * ({@link #absoluteSymbolOrder()}).
 */
final class ExplicitRelocations {

    /** Where a relocation goes: a section and an offset in it. */
    private record Place(SectionState section, int address) {
    }

    /** A settled relocation; {@code viaAbsoluteSection} if its value only became a number at the end. */
    private record Settled(SectionState section, PendingRelocation relocation, boolean viaAbsoluteSection) {
    }

    private final Problems problems;
    private final Sequence sequence;
    private int absoluteSymbolOrder = -1;
    private boolean numberFromTheStart;

    ExplicitRelocations(Problems problems, Sequence sequence) {
        this.problems = problems;
        this.sequence = sequence;
    }

    /**
     * The relocations of each section, in the order they were written; {@code sizes} holds the
     * size of every section that was laid out (the others get none).
     */
    Map<SectionState, List<PendingRelocation>> resolve(List<ExplicitRelocation> relocations,
                                                       Map<SectionState, Integer> sizes) {
        List<Settled> settled = new ArrayList<>();
        for (ExplicitRelocation relocation : relocations) {
            Value value = relocation.value();
            numberFromTheStart |= value == null || value.isConstant();
            try {
                Place place = place(relocation, sizes);
                if (place != null) {
                    settled.add(settle(relocation, place));
                }
            } catch (AsmException e) {
                problems.error(relocation.line(), e.column(), e.getMessage());
            }
        }
        for (int i = settled.size() - 1; i >= 0; i--) {
            Settled one = settled.get(i);
            AsmSymbol symbol = one.relocation().symbol();
            if (symbol != null) {
                symbol.markUsedInRelocation();
                symbol.placeIfUnplaced(sequence);
            } else if (one.viaAbsoluteSection() && absoluteSymbolOrder < 0) {
                absoluteSymbolOrder = sequence.next();
            }
        }
        Map<SectionState, List<PendingRelocation>> bySection = new HashMap<>();
        for (Settled one : settled) {
            bySection.computeIfAbsent(one.section(), s -> new ArrayList<>()).add(one.relocation());
        }
        return bySection;
    }

    /**
     * Where the absolute section's symbol comes in the symbol list, or -1 if it is not listed. GNU
     * drops it when it also stands for the missing symbol of a relocation whose value was a number
     * from the start; a file with fixups drops it as well, which the caller knows.
     */
    int absoluteSymbolOrder() {
        return numberFromTheStart ? -1 : absoluteSymbolOrder;
    }

    private static Place place(ExplicitRelocation relocation, Map<SectionState, Integer> sizes) {
        int column = relocation.offsetColumn();
        SectionState section = relocation.section();
        long address = relocation.offset().addend();
        if (!relocation.offset().isConstant()) {
            Located located = Located.of(resolve(relocation.offset(), column));
            if (located == null) {
                throw new AsmException(column, "the offset of a .reloc must be a number or an address in a section"
                        + " of this file");
            }
            section = located.section();
            address = located.address();
        }
        Integer size = sizes.get(section);
        if (size == null) {
            return null;
        }
        if (!inFixedContents(section, address, size)) {
            throw new AsmException(column, "offset " + address + " is not within the fixed contents of section "
                    + section.name() + " (a .reloc may not point into .space, .fill or alignment padding)");
        }
        int width = relocation.type().size();
        if (address + width > size) {
            throw new AsmException(column, "the " + width + "-byte field of " + relocation.type().elfName()
                    + " at offset " + address + " runs past the end of section " + section.name()
                    + " (" + size + " bytes)");
        }
        return new Place(section, (int) address);
    }

    /** True if {@code address} is within, or at the end of, the fixed part of one of the section's fragments. */
    private static boolean inFixedContents(SectionState section, long address, int size) {
        if (address < 0 || address > size) {
            return false;
        }
        List<Fragment> fragments = section.fragments();
        if (fragments.isEmpty()) {
            return address == 0;
        }
        for (Fragment fragment : fragments) {
            if (fragment.address() <= address && address <= fragment.address() + fragment.fixedSize()) {
                return true;
            }
        }
        return false;
    }

    private static Settled settle(ExplicitRelocation relocation, Place place) {
        int column = relocation.valueColumn();
        Value value = relocation.value();
        if (value == null || value.isConstant()) {
            return settled(place, relocation, null, null, value == null ? 0 : value.addend(), false);
        }
        if (value.minus() != null) {
            value = resolve(value, column);
            if (value.isConstant()) {
                return settled(place, relocation, null, null, value.addend(), true);
            }
        }
        if (!value.isSymbolic()) {
            throw new AsmException(column, "the value of a .reloc must be a number, or a symbol plus a number");
        }
        AsmSymbol symbol = value.plus();
        long addend = value.addend();
        if (symbol.kind() == AsmSymbol.Kind.EQUATED) {
            Value inner = resolve(symbol.equated(), column);
            if (inner.isSymbolic() && !inner.plus().isDefined()) {
                symbol = inner.plus();
                addend += inner.addend();
            } else if (!inner.isConstant() && Located.of(inner) == null) {
                throw new AsmException(column, "the value of a .reloc must be a number, or a symbol plus a number; '"
                        + symbol.name() + "' is neither");
            }
        }
        if (symbol.temporary() && symbol.isDefined()) {
            Located located = Located.of(symbol);
            if (located == null) {
                return settled(place, relocation, null, null, addend + resolve(symbol.equated(), column).addend(), true);
            }
            int flags = located.section().flags();
            boolean keep = ((flags & Section.SHF_MERGE) != 0 && addend != 0) || (flags & SectionKinds.SHF_TLS) != 0;
            if (!keep) {
                return settled(place, relocation, null, located.section(), addend + located.address(), false);
            }
        }
        return settled(place, relocation, symbol, null, addend, false);
    }

    private static Settled settled(Place place, ExplicitRelocation relocation, AsmSymbol symbol,
                                   SectionState sectionSymbol, long addend, boolean viaAbsoluteSection) {
        return new Settled(place.section(), new PendingRelocation(place.address(), relocation.type(), symbol,
                sectionSymbol, addend), viaAbsoluteSection);
    }

    private static Value resolve(Value value, int column) {
        try {
            return Evaluator.resolve(value, Evaluator.Mode.FINAL);
        } catch (AsmException e) {
            throw new AsmException(column, e.getMessage());
        }
    }
}
