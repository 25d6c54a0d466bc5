package strata.images.ext2;

/**
 * The kinds of file ext2 knows, one row each: the type bits of an inode's mode, the code a
 * directory entry carries with the {@code filetype} feature, and the letter {@code ls -l} shows.
 */
public enum FileType {
    REGULAR(0x8000, 1, '-'),
    DIRECTORY(0x4000, 2, 'd'),
    CHARACTER_DEVICE(0x2000, 3, 'c'),
    BLOCK_DEVICE(0x6000, 4, 'b'),
    FIFO(0x1000, 5, 'p'),
    SOCKET(0xc000, 6, 's'),
    SYMLINK(0xa000, 7, 'l');

    /** The mode bits that hold the type. */
    public static final int MASK = 0xf000;

    private final int modeBits;
    private final int direntCode;
    private final char letter;

    FileType(int modeBits, int direntCode, char letter) {
        this.modeBits = modeBits;
        this.direntCode = direntCode;
        this.letter = letter;
    }

    public int modeBits() {
        return modeBits;
    }

    public int direntCode() {
        return direntCode;
    }

    public char letter() {
        return letter;
    }

    /** The type a mode says, or null for type bits that name none. */
    public static FileType ofMode(int mode) {
        for (FileType type : values()) {
            if (type.modeBits == (mode & MASK)) {
                return type;
            }
        }
        return null;
    }
}
