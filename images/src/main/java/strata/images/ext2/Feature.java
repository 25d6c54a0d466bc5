package strata.images.ext2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ext2 feature flags Strata knows, one row each: which of the superblock's three feature
 * words holds it and its bit. Strata reads and changes images with any of these. A flag that is
 * not in this table decides by its word: an unknown incompatible feature stops reading, an
 * unknown read-only-compatible one stops writing, an unknown compatible one stops nothing.
 */
public enum Feature {
    DIR_PREALLOC(Word.COMPAT, 0x0001),
    IMAGIC_INODES(Word.COMPAT, 0x0002),
    HAS_JOURNAL(Word.COMPAT, 0x0004),
    EXT_ATTR(Word.COMPAT, 0x0008),
    RESIZE_INODE(Word.COMPAT, 0x0010),
    // Hashed directories are read linearly; a directory Strata changes loses its index flag, as old kernels do.
    DIR_INDEX(Word.COMPAT, 0x0020),
    FILETYPE(Word.INCOMPAT, 0x0002),
    SPARSE_SUPER(Word.RO_COMPAT, 0x0001),
    LARGE_FILE(Word.RO_COMPAT, 0x0002),
    // Only the inode's extra fields: Strata keeps them as they are.
    EXTRA_ISIZE(Word.RO_COMPAT, 0x0040);

    /** The superblock's three feature words, by what an implementation that lacks a flag may do. */
    public enum Word {
        COMPAT, INCOMPAT, RO_COMPAT
    }

    private final Word word;
    private final int bit;

    Feature(Word word, int bit) {
        this.word = word;
        this.bit = bit;
    }

    public Word word() {
        return word;
    }

    public int bit() {
        return bit;
    }

    /** The bits of {@code flags} (from {@code word}) that no row of this table names. */
    public static int unknown(Word word, int flags) {
        int known = 0;
        for (Feature feature : values()) {
            if (feature.word == word) {
                known |= feature.bit;
            }
        }
        return flags & ~known;
    }

    /** The names of the flags set in {@code flags}, known ones by name, others as hexadecimal bits. */
    public static List<String> names(Word word, int flags) {
        List<String> names = new ArrayList<>();
        for (Feature feature : values()) {
            if (feature.word == word && (flags & feature.bit) != 0) {
                names.add(feature.name().toLowerCase(Locale.ROOT));
            }
        }
        int rest = unknown(word, flags);
        for (int bit = 1; bit != 0; bit <<= 1) {
            if ((rest & bit) != 0) {
                names.add(String.format("0x%x", bit));
            }
        }
        return names;
    }
}
