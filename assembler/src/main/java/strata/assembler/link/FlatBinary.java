package strata.assembler.link;

import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;

/**
 * An executable as a flat memory image, like {@code objcopy -O binary}: the bytes from the lowest
 * address of a loaded section with contents to the end of the last one, gaps filled with zeros.
 * .bss is not in it (the loader clears it); the image's first byte belongs at the lowest address.
 */
public final class FlatBinary {
    private FlatBinary() {
    }

    public static byte[] of(ObjectFile executable) {
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Section section : executable.sections()) {
            if (holdsLoadedBytes(section)) {
                start = Math.min(start, Integer.toUnsignedLong(section.address()));
                end = Math.max(end, Integer.toUnsignedLong(section.address()) + section.size());
            }
        }
        if (start > end) {
            return new byte[0];
        }
        byte[] image = new byte[(int) (end - start)];
        for (Section section : executable.sections()) {
            if (holdsLoadedBytes(section)) {
                System.arraycopy(section.data(), 0, image, (int) (Integer.toUnsignedLong(section.address()) - start),
                        section.size());
            }
        }
        return image;
    }

    /** The lowest address of the image, where its first byte is loaded. */
    public static int start(ObjectFile executable) {
        long start = Long.MAX_VALUE;
        for (Section section : executable.sections()) {
            if (holdsLoadedBytes(section)) {
                start = Math.min(start, Integer.toUnsignedLong(section.address()));
            }
        }
        return (int) start;
    }

    private static boolean holdsLoadedBytes(Section section) {
        return section.isAlloc() && !section.isNobits() && section.size() > 0;
    }
}
