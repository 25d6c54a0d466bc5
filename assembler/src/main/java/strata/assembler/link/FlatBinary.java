package strata.assembler.link;

import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;

/**
 * An executable as a flat memory image, like {@code objcopy -O binary}: the bytes from the lowest
 * address of a loaded section with contents to the end of the last one, gaps filled with zeros.
 * .bss is not in it (the loader clears it); the image's first byte belongs at the lowest address.
 */
public final class FlatBinary {
    /** The largest image this class makes: what a Java array holds, far more than the machine's RAM. */
    public static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private FlatBinary() {
    }

    /** The image of {@code executable}; its {@link #length} must be at most {@link #MAX_LENGTH}. */
    public static byte[] of(ObjectFile executable) {
        long length = length(executable);
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("a flat binary of " + length + " bytes");
        }
        long start = Integer.toUnsignedLong(start(executable));
        byte[] image = new byte[(int) length];
        for (Section section : executable.sections()) {
            if (holdsLoadedBytes(section)) {
                System.arraycopy(section.data(), 0, image, (int) (Integer.toUnsignedLong(section.address()) - start),
                        section.size());
            }
        }
        return image;
    }

    /** How many bytes the image has: from its lowest address to the end of its last section. */
    public static long length(ObjectFile executable) {
        long start = Long.MAX_VALUE;
        long end = 0;
        for (Section section : executable.sections()) {
            if (holdsLoadedBytes(section)) {
                start = Math.min(start, Integer.toUnsignedLong(section.address()));
                end = Math.max(end, Integer.toUnsignedLong(section.address()) + section.size());
            }
        }
        return Math.max(end - start, 0);
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
