package strata.assembler.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.isa.Encoding;
import strata.assembler.object.Relocation;
import strata.assembler.object.RelocationType;
import strata.assembler.object.Section;

/**
 * Builds the bytes of each output section from its input sections and applies every relocation
 * to them, as {@link RelocationRule} says. Everything wrong is reported and the rest still done,
 * so one link shows all its problems: undefined symbols (with every place that uses them),
 * targets out of reach or misaligned, %pcrel_lo without its %pcrel_hi.
 *
 * <p>Two cases follow GNU ld rather than the letter of the psABI: a PCREL_LO12 relocation finds
 * its PCREL_HI20 only in the same input section, and a call to an undefined weak function becomes
 * {@code jalr} from x0, so that it reaches address 0 (plus the addend) from anywhere.
 */
final class Relocator {
    private final List<LinkInput> inputs;
    private final Layout layout;
    private final SymbolValues values;
    private final Diagnostics diagnostics;
    private final boolean compressed;
    private final Map<OutputSection, byte[]> contents = new EnumMap<>(OutputSection.class);
    private final Map<Integer, Map<String, List<String>>> undefined = new LinkedHashMap<>();

    private Relocator(List<LinkInput> inputs, Layout layout, SymbolValues values, Diagnostics diagnostics,
                      boolean compressed) {
        this.inputs = inputs;
        this.layout = layout;
        this.values = values;
        this.diagnostics = diagnostics;
        this.compressed = compressed;
    }

    /**
     * Relocates everything; {@code compressed} says whether the code may use 2-byte instructions,
     * so that jump targets need only be 2-byte aligned.
     */
    static Relocator run(List<LinkInput> inputs, Layout layout, SymbolValues values, Diagnostics diagnostics,
                         boolean compressed) {
        Relocator relocator = new Relocator(inputs, layout, values, diagnostics, compressed);
        relocator.copyContents();
        for (int input = 0; input < inputs.size(); input++) {
            List<Section> sections = inputs.get(input).object().sections();
            for (int section = 0; section < sections.size(); section++) {
                if (layout.block(input, section) != null && !sections.get(section).relocations().isEmpty()) {
                    relocator.relocate(input, section);
                }
            }
        }
        relocator.reportUndefined();
        return relocator;
    }

    /** The bytes of output section {@code output}, or null for .bss and for sections left empty. */
    byte[] contents(OutputSection output) {
        return contents.get(output);
    }

    private void copyContents() {
        for (Layout.Block block : layout.blocks()) {
            if (block.nobits()) {
                continue;
            }
            byte[] bytes = new byte[(int) block.size()];
            for (Layout.Piece piece : layout.pieces(block.output())) {
                byte[] data = inputs.get(piece.input()).object().sections().get(piece.section()).data();
                System.arraycopy(data, 0, bytes, (int) (piece.address() - block.address()), data.length);
            }
            contents.put(block.output(), bytes);
        }
    }

    private void relocate(int input, int sectionIndex) {
        Section section = inputs.get(input).object().sections().get(sectionIndex);
        Layout.Block block = layout.block(input, sectionIndex);
        byte[] bytes = contents.get(block.output());
        long address = layout.address(input, sectionIndex);
        Map<Long, Long> highParts = new HashMap<>();
        for (Relocation relocation : section.relocations()) {
            if (relocation.type() == RelocationType.PCREL_HI20) {
                Target target = values.target(input, relocation.symbol());
                long place = address + relocation.offset();
                highParts.put(place, target.address() + relocation.addend() - place);
            }
        }
        for (Relocation relocation : section.relocations()) {
            Place place = new Place(input, section, address, (int) (address - block.address()), relocation);
            apply(place, bytes, highParts);
        }
    }

    /** One relocation being applied: where it is, in the input and in the output bytes. */
    private record Place(int input, Section section, long sectionAddress, int sectionStart, Relocation relocation) {
        long address() {
            return sectionAddress + Integer.toUnsignedLong(relocation.offset());
        }

        int at() {
            return sectionStart + relocation.offset();
        }

        String where() {
            return String.format("%s+0x%x", section.name(), relocation.offset());
        }
    }

    private void apply(Place place, byte[] bytes, Map<Long, Long> highParts) {
        Relocation relocation = place.relocation();
        RelocationRule rule = RelocationRule.of(relocation.type());
        if (rule.computation() == RelocationRule.Computation.HINT) {
            return;
        }
        Field field = rule.field();
        if (Integer.toUnsignedLong(relocation.offset()) + field.width() > Integer.toUnsignedLong(place.section().size())) {
            error(place, String.format("%s needs %d bytes, past the end of the section (0x%x bytes)",
                    relocation.type().elfName(), field.width(), place.section().size()));
            return;
        }
        Target target = values.target(place.input(), relocation.symbol());
        noteUndefined(place, target);
        if (!target.isUsable()) {
            if (target.state() == Target.State.NOT_LOADED) {
                error(place, relocation.type().elfName() + " refers to `" + target.name()
                        + "', which is in a section that is not loaded");
            }
            return;
        }
        Long value = value(rule.computation(), field, place, target, bytes, highParts);
        if (value == null) {
            return;
        }
        boolean weakCall = field == Field.CALL && target.state() == Target.State.UNDEFINED_WEAK;
        if (weakCall) {
            value = (long) relocation.addend();
            int jalr = (int) Field.WORD.read(bytes, place.at() + 4);
            Field.WORD.write(bytes, place.at() + 4, jalr & ~Encoding.withRs1(0, -1));
        } else if (field.isJump() && !reachable(place, field, target, value)) {
            return;
        }
        field.write(bytes, place.at(), value);
    }

    /** The value to write, or null: nothing to write, or (with an error reported) a %pcrel_lo without its %pcrel_hi. */
    private Long value(RelocationRule.Computation computation, Field field, Place place, Target target, byte[] bytes,
                       Map<Long, Long> highParts) {
        long symbol = target.address() + place.relocation().addend();
        return switch (computation) {
            case ABSOLUTE -> symbol;
            case PC_RELATIVE -> symbol - place.address();
            case ADD -> field.read(bytes, place.at()) + symbol;
            case SUB -> field.read(bytes, place.at()) - symbol;
            case PCREL_LO -> lowPart(place, target, highParts);
            case HINT -> null;
        };
    }

    private Long lowPart(Place place, Target target, Map<Long, Long> highParts) {
        Relocation relocation = place.relocation();
        Long high = highParts.get(target.address());
        if (high == null) {
            error(place, String.format("%s refers to `%s' at 0x%08x, but %s has no R_RISCV_PCREL_HI20 (auipc with"
                    + " %%pcrel_hi) there", relocation.type().elfName(), target.name(), target.address(),
                    place.section().name()));
            return null;
        }
        long value = high + relocation.addend();
        if (Field.high20(value) != Field.high20(high)) {
            error(place, String.format("%s: the addend %d changes the high part of the %%pcrel_hi it pairs with",
                    relocation.type().elfName(), relocation.addend()));
            return null;
        }
        return value;
    }

    /** Checks that a jump's target is an instruction boundary and within the field's reach. */
    private boolean reachable(Place place, Field field, Target target, long value) {
        long destination = target.address() + place.relocation().addend();
        int alignment = compressed ? 2 : 4;
        String type = place.relocation().type().elfName();
        if (destination % alignment != 0) {
            error(place, String.format("%s to `%s': the target 0x%08x is not %d-byte aligned%s", type, target.name(),
                    destination, alignment, compressed ? "" : " (the code has no compressed instructions)"));
            return false;
        }
        if (!field.holds(value)) {
            error(place, String.format("%s to `%s' is out of range: the target 0x%08x is at offset %d from here; %s",
                    type, target.name(), destination, value, field.reach()));
            return false;
        }
        return true;
    }

    private void noteUndefined(Place place, Target target) {
        if (target.state() == Target.State.UNDEFINED) {
            undefined.computeIfAbsent(place.input(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(target.name(), key -> new ArrayList<>()).add(place.where());
        }
    }

    private void reportUndefined() {
        undefined.forEach((input, names) -> names.forEach((name, places) ->
                diagnostics.error(inputs.get(input).name(), "undefined symbol `" + name + "', referenced from "
                        + String.join(", ", places))));
    }

    private void error(Place place, String message) {
        diagnostics.error(inputs.get(place.input()).name(), place.where() + ": " + message);
    }
}
