package strata.assembler.asm.section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.insn.InstructionSink;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.asm.symbol.Sequence;
import strata.assembler.asm.symbol.SymbolTable;
import strata.assembler.object.Section;

/**
 * The sections of the file and the place output goes now: the current section and subsection,
 * the stack of {@code .pushsection} and the place {@code .previous} returns to. Everything that
 * emits bytes comes through here, which keeps each code section's mapping symbols in step with
 * what it holds.
 */
public final class Sections implements InstructionSink {
    /** Instructions are 4 bytes; code alignment below that is not padded, as in GNU as. */
    private static final int INSTRUCTION_ALIGNMENT_POWER = 2;
    private static final int POINTER_SIZE = 4;

    private record Place(SectionState section, int subsection) {
    }

    private final Map<String, SectionState> byName = new LinkedHashMap<>();
    private final SymbolTable symbols;
    private final Sequence sequence;
    private final BooleanSupplier relax;
    private final Deque<Place> stack = new ArrayDeque<>();
    private final List<ExplicitRelocation> explicitRelocations = new ArrayList<>();
    private Place current;
    private Place previous;
    private SourceLine line;
    private boolean privileged;

    /** Starts with GNU's three standard sections, in .text. */
    public Sections(SymbolTable symbols, Sequence sequence, BooleanSupplier relax) {
        this.symbols = symbols;
        this.sequence = sequence;
        this.relax = relax;
        SectionState text = create(".text");
        text.recordAlignment(INSTRUCTION_ALIGNMENT_POWER);
        create(".data");
        create(".bss");
        current = new Place(text, 0);
        previous = current;
    }

    /** The section named {@code name}, or null. */
    public SectionState find(String name) {
        return byName.get(name);
    }

    /**
     * A section the assembler makes itself, such as {@code .comment} for {@code .ident}; GNU makes
     * its symbol only at the end, so it comes last among the locals.
     */
    public SectionState createInternal(String name, int type, int flags, int entrySize) {
        SectionState section = create(name, type, flags, entrySize);
        section.placeSymbolLast();
        return section;
    }

    /** A new section named {@code name} with the type and flags its name implies. */
    public SectionState create(String name) {
        int[] kind = SectionKinds.defaults(name);
        return create(name, kind[0], kind[1], 0);
    }

    /** A new section; the array types get the entry size of a pointer, as BFD gives them by type. */
    public SectionState create(String name, int type, int flags, int entrySize) {
        boolean array = type == Section.SHT_INIT_ARRAY || type == Section.SHT_FINI_ARRAY
                || type == SectionKinds.SHT_PREINIT_ARRAY;
        int size = entrySize == 0 && array ? POINTER_SIZE : entrySize;
        SectionState section = new SectionState(name, byName.size(), type, flags, size, sequence);
        byName.put(name, section);
        return section;
    }

    public List<SectionState> all() {
        return new ArrayList<>(byName.values());
    }

    public SectionState current() {
        return current.section();
    }

    public int subsection() {
        return current.subsection();
    }

    public void switchTo(SectionState section, int subsection) {
        previous = current;
        current = new Place(section, subsection);
    }

    /** {@code .previous}: back to the section before the last switch. */
    public void swapWithPrevious() {
        Place back = previous;
        previous = current;
        current = back;
    }

    public void push(SectionState section, int subsection) {
        stack.push(current);
        switchTo(section, subsection);
    }

    public void pop(int column) {
        if (stack.isEmpty()) {
            throw new AsmException(column, ".popsection without .pushsection");
        }
        previous = current;
        current = stack.pop();
    }

    /** The statement being assembled, which fixups made now will name in errors. */
    public void setLine(SourceLine statementLine) {
        line = statementLine;
    }

    public Position here() {
        return current.section().here(current.subsection());
    }

    private FixedFragment tail() {
        return current.section().tail(current.subsection());
    }

    // --- data -----------------------------------------------------------------------------

    /**
     * A data directive starts: in a code section data is marked before its operands are read,
     * as GNU does, which puts the mark ahead of symbols the operands create.
     */
    public void beginData() {
        SectionState section = current.section();
        if (section.isCode()) {
            section.mapping().data(here());
        }
    }

    /** Emits {@code size} bytes of {@code value}: now if it is a number, else through a fixup. */
    public void data(Value value, int size, int column) {
        startData(column, value.isConstant() && value.addend() == 0);
        FixedFragment fragment = tail();
        if (!value.isConstant()) {
            fragment.addFixup(new Fixup(fragment.size(), FixupKind.data(size), value, relax.getAsBoolean(), line, column));
        }
        fragment.appendLittleEndian(value.isConstant() ? value.addend() : 0, size);
    }

    public void bytes(byte[] data, int column) {
        startData(column, allZero(data));
        tail().appendBytes(data);
    }

    /** {@code count} copies of the low {@code size} bytes of {@code value}. */
    public void fill(long count, int size, long value, int column) {
        if (size > 0 && count > Layout.MAX_SECTION_SIZE / size) {
            throw new AsmException(column, (size == 1 ? count + " bytes" : count + " times " + size + " bytes")
                    + " is more than the " + (Layout.MAX_SECTION_SIZE >> 20) + " MiB a section may hold");
        }
        startData(column, value == 0 || size == 0 || count == 0);
        tail().appendRun(count, size, value);
        endFragment();
    }

    private void startData(int column, boolean zero) {
        SectionState section = current.section();
        if (section.isNobits() && !zero) {
            throw new AsmException(column, "cannot store a non-zero value in section " + section.name()
                    + ", which has no contents");
        }
        if (section.isCode()) {
            section.mapping().data(here());
        }
    }

    private static boolean allZero(byte[] data) {
        for (byte b : data) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Records a {@code .reloc}, settled with the other relocations at the end. */
    public void explicitRelocation(ExplicitRelocation relocation) {
        explicitRelocations.add(relocation);
    }

    /** The {@code .reloc} relocations of the file, in the order they were written. */
    public List<ExplicitRelocation> explicitRelocations() {
        return explicitRelocations;
    }

    // --- alignment ------------------------------------------------------------------------

    /**
     * Pads to a multiple of {@code 2^power}; {@code fill} is the padding byte, or null for the
     * default: zeros in data, nops in code. GNU does not pad code to less than an instruction,
     * and under {@code .option relax} it emits the worst case of nops with an R_RISCV_ALIGN for
     * the linker to trim instead of padding itself.
     */
    public void align(int power, Integer fill, int maxSkip, int column) {
        SectionState section = current.section();
        section.recordAlignment(power);
        if (power == 0) {
            return;
        }
        boolean code = fill == null && section.isCode();
        if (code && power <= INSTRUCTION_ALIGNMENT_POWER) {
            return;
        }
        if (code && relax.getAsBoolean()) {
            alignForLinker(power, column);
            return;
        }
        Position start = here();
        if (section.isCode()) {
            if (code) {
                section.mapping().alignment(start);
            } else {
                section.mapping().data(start);
            }
        }
        section.append(current.subsection(), new AlignFragment(section, power, fill == null ? 0 : fill, maxSkip, code));
    }

    private void alignForLinker(int power, int column) {
        SectionState section = current.section();
        int worstCase = (1 << power) - 4;
        section.mapping().alignment(here());
        FixedFragment fragment = tail();
        fragment.addFixup(new Fixup(fragment.size(), FixupKind.ALIGN, Value.constant(worstCase), true, line, column));
        for (int i = 0; i < worstCase; i += 4) {
            fragment.appendLittleEndian(AlignFragment.NOP, 4);
        }
        endFragment();
    }

    /**
     * {@code .org}: pads with {@code fill} up to {@code offset} bytes past {@code base}, a place
     * in the current section before here (null: the section's start). GNU puts no mapping symbol
     * on this padding, even in code.
     */
    public void org(Position base, long offset, int fill, int column) {
        SectionState section = current.section();
        if (base != null && (base.section() != section || section.subsectionOf(base.fragment()) > current.subsection())) {
            throw new AsmException(column, ".org must stay in the current section, and its target come before it");
        }
        if (Math.abs(offset) > Layout.MAX_SECTION_SIZE) {
            throw new AsmException(column, ".org to offset " + offset + " is beyond the "
                    + (Layout.MAX_SECTION_SIZE >> 20) + " MiB a section may hold");
        }
        section.append(current.subsection(), new OrgFragment(section, base, offset, fill, line, column));
    }

    /**
     * Reserves {@code size} zero bytes aligned to {@code 2^power} in {@code .bss} for
     * {@code .lcomm}, in its subsection 1 as GNU does, so they follow what the file puts in
     * {@code .bss} itself. Returns where they start.
     */
    public Position reserveBss(long size, int power, int column) {
        if (size > Layout.MAX_SECTION_SIZE) {
            throw new AsmException(column, size + " bytes is more than the " + (Layout.MAX_SECTION_SIZE >> 20)
                    + " MiB a section may hold");
        }
        SectionState bss = byName.get(".bss");
        int subsection = 1;
        if (power > 0) {
            bss.recordAlignment(power);
            bss.append(subsection, new AlignFragment(bss, power, 0, -1, false));
        }
        Position start = bss.here(subsection);
        bss.tail(subsection).appendRun(size, 1, 0);
        bss.breakFragment(subsection);
        return start;
    }

    /**
     * Pads the end of each code section to its alignment, as GNU does when it finishes a section:
     * with nops, or, if {@code .option relax} is still on (GNU's code padding then waits for a
     * linker that never comes), with zeros.
     */
    public void padCodeSectionEnds(boolean relaxAtEnd) {
        for (SectionState section : byName.values()) {
            if (section.isCode()) {
                int last = section.lastSubsection();
                Position end = section.here(last);
                section.mapping().alignment(end);
                section.append(last, new AlignFragment(section, section.alignmentPower(), 0, -1, !relaxAtEnd));
            }
        }
    }

    // --- instructions ---------------------------------------------------------------------

    @Override
    public void instruction(int word, FixupKind kind, Value value, int column) {
        SectionState section = current.section();
        if (section.isCode()) {
            section.mapping().instruction(here());
        }
        FixedFragment fragment = tail();
        if (kind != null) {
            fragment.addFixup(new Fixup(fragment.size(), kind, value, relax.getAsBoolean(), line, column));
        }
        fragment.appendLittleEndian(word, 4);
        if (kind == FixupKind.HI20 || kind == FixupKind.PCREL_HI20) {
            endFragment();
        }
    }

    @Override
    public void endFragment() {
        current.section().breakFragment(current.subsection());
    }

    @Override
    public void branch(int word, boolean conditional, Value target, int column) {
        SectionState section = current.section();
        if (section.isCode()) {
            section.mapping().instruction(here());
        }
        section.append(current.subsection(),
                new BranchFragment(section, word, conditional, target, relax.getAsBoolean(), line, column));
    }

    @Override
    public void beginInstruction() {
        SectionState section = current.section();
        if (section.isCode()) {
            section.mapping().instruction(here());
        }
    }

    @Override
    public AsmSymbol labelHere() {
        return symbols.fakeLabel(here(), false);
    }

    @Override
    public void usesPrivilegedSpec() {
        privileged = true;
    }

    /** True if a CSR or privileged instruction was assembled. */
    public boolean privilegedUsed() {
        return privileged;
    }
}
