package strata.assembler.elf;

import java.util.Arrays;
import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Segment;

/**
 * Where each part of an ELF file goes: the ELF header and program headers first, then the
 * segments, each at an offset congruent to its address modulo its alignment, then the sections
 * that no segment contains, each at its own alignment, and the section header table last.
 * An allocated section of an executable that lies inside a loadable segment takes its offset
 * from the segment, so the section and the segment share their bytes.
 */
final class FileLayout {
    private final int[] segmentOffsets;
    private final int sectionHeaderOffset;
    private final int fileSize;

    private FileLayout(int[] segmentOffsets, int sectionHeaderOffset, int fileSize) {
        this.segmentOffsets = segmentOffsets;
        this.sectionHeaderOffset = sectionHeaderOffset;
        this.fileSize = fileSize;
    }

    /** Lays out the file and sets the offset of every header in {@code headers}. */
    static FileLayout of(ObjectFile object, List<SectionHeader> headers) {
        List<Segment> segments = object.segments();
        long next = Elf.EHDR_SIZE + (long) Elf.PHDR_SIZE * segments.size();
        int[] segmentOffsets = new int[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            long offset = congruent(next, segment.virtualAddress(), segment.alignment());
            segmentOffsets[i] = checked(offset);
            next = offset + segment.data().length;
        }
        boolean[] placed = new boolean[headers.size()];
        placed[0] = true;
        for (int i = 1; i < headers.size(); i++) {
            placed[i] = placeInSegment(headers.get(i), segments, segmentOffsets);
        }
        for (int i = 1; i < headers.size(); i++) {
            SectionHeader header = headers.get(i);
            if (!placed[i]) {
                next = alignUp(next, Math.max(header.alignment, 1));
                header.offset = checked(next);
                next += header.isNobits() ? 0 : header.size;
            }
        }
        long sectionHeaderOffset = alignUp(next, Elf.TABLE_ALIGNMENT);
        long fileSize = sectionHeaderOffset + (long) Elf.SHDR_SIZE * headers.size();
        return new FileLayout(segmentOffsets, checked(sectionHeaderOffset), checked(fileSize));
    }

    /**
     * Gives {@code header} its offset inside the loadable segment that holds its addresses, if
     * there is one; a NOBITS section takes the offset where the segment's file bytes stop, as
     * GNU ld does.
     */
    private static boolean placeInSegment(SectionHeader header, List<Segment> segments, int[] segmentOffsets) {
        if (!header.isAlloc()) {
            return false;
        }
        long start = Integer.toUnsignedLong(header.address);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            long base = Integer.toUnsignedLong(segment.virtualAddress());
            long end = base + (header.isNobits() ? Integer.toUnsignedLong(segment.memorySize()) : segment.data().length);
            long size = Integer.toUnsignedLong(header.size);
            if (segment.type() != Segment.PT_LOAD || start < base || start + size > end) {
                continue;
            }
            int inside = (int) (start - base);
            if (header.isNobits()) {
                header.offset = segmentOffsets[i] + Math.min(inside, segment.data().length);
            } else {
                if (!Arrays.equals(segment.data(), inside, inside + header.size, header.data, 0, header.size)) {
                    throw new IllegalArgumentException("section " + header.name + " differs from the bytes segment "
                            + i + " loads at its address");
                }
                header.offset = segmentOffsets[i] + inside;
            }
            return true;
        }
        return false;
    }

    /** The first offset at or after {@code next} that is congruent to {@code address} modulo {@code alignment}. */
    private static long congruent(long next, int address, int alignment) {
        if (alignment != 0 && Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("segment alignment " + alignment + " is not a power of two");
        }
        if (alignment <= 1) {
            return next;
        }
        long mask = alignment - 1L;
        return next + ((address - next) & mask);
    }

    private static long alignUp(long value, int alignment) {
        return (value + alignment - 1) & -(long) alignment;
    }

    private static int checked(long offset) {
        if (offset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the ELF file would be larger than 2 GiB");
        }
        return (int) offset;
    }

    int segmentOffset(int index) {
        return segmentOffsets[index];
    }

    int sectionHeaderOffset() {
        return sectionHeaderOffset;
    }

    int fileSize() {
        return fileSize;
    }
}
