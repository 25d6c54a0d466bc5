package strata.cpu.board;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.object.Segment;

/**
 * Works out where a program's segments go in RAM, as QEMU's {@code -kernel} loader does: each
 * PT_LOAD segment at its physical address, its file bytes then zeros up to its memory size.
 * Bytes that fall outside RAM are dropped with a warning (QEMU drops them silently: GNU ld's
 * default layout puts the ELF headers in a page below the RAM base); a program with nothing in
 * RAM, or that overlaps the device tree, is refused, as QEMU refuses overlapping images.
 */
public final class Loader {

    private Loader() {
    }

    /** {@code data} then zeros up to {@code size} bytes, at physical {@code address}. */
    public record Chunk(long address, byte[] data, int size) {
    }

    /** The chunks to copy into RAM, and what was left out. */
    public record Placement(List<Chunk> chunks, List<String> warnings) {
    }

    /**
     * Places {@code program} in RAM at {@code ramBase} of {@code ramSize} bytes, with the device
     * tree at {@code fdt} taking {@code fdtSize} bytes.
     */
    public static Placement place(Program program, long ramBase, long ramSize, long fdt, int fdtSize)
            throws ProgramException {
        List<Chunk> chunks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long ramEnd = ramBase + ramSize;
        for (int i = 0; i < program.loads().size(); i++) {
            Segment segment = program.loads().get(i);
            long start = Integer.toUnsignedLong(segment.physicalAddress());
            long end = start + Integer.toUnsignedLong(segment.memorySize());
            long from = Math.max(start, ramBase);
            long to = Math.min(end, ramEnd);
            if (from >= to) {
                warnings.add(String.format("segment %d (0x%x..0x%x) is outside RAM (0x%x..0x%x) and was not loaded",
                        i, start, end, ramBase, ramEnd));
                continue;
            }
            if (from > start || to < end) {
                warnings.add(String.format("segment %d (0x%x..0x%x) is partly outside RAM (0x%x..0x%x): only "
                        + "0x%x..0x%x was loaded", i, start, end, ramBase, ramEnd, from, to));
            }
            if (from < fdt + fdtSize && fdt < to) {
                throw new ProgramException(String.format("segment %d (0x%x..0x%x) overlaps the device tree at 0x%x, "
                        + "at the top of RAM; give the machine more RAM", i, from, to, fdt));
            }
            chunks.add(new Chunk(from, slice(segment.data(), from - start, to - from), (int) (to - from)));
        }
        if (chunks.isEmpty()) {
            throw new ProgramException(String.format("no segment is in RAM (0x%x..0x%x): link the program there",
                    ramBase, ramEnd));
        }
        return new Placement(chunks, warnings);
    }

    /** The file bytes of a segment that fall in [offset, offset + length) of its memory image. */
    private static byte[] slice(byte[] data, long offset, long length) {
        if (offset >= data.length) {
            return new byte[0];
        }
        int count = (int) Math.min(length, data.length - offset);
        byte[] part = new byte[count];
        System.arraycopy(data, (int) offset, part, 0, count);
        return part;
    }
}
