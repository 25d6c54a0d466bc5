package strata.compiler.pyc;

/**
 * The 16-byte header of a {@code .pyc} after its magic word (PEP 552): flags (0: the file is valid
 * while the source has this modification time and size) and the source's mtime in seconds and
 * size in bytes, each modulo 2^32 as CPython stores them.
 */
public record PycHeader(int flags, long mtime, long size) {
    public PycHeader {
        mtime &= 0xffff_ffffL;
        size &= 0xffff_ffffL;
    }

    /** The header of a timestamp-validated {@code .pyc} for a source with this mtime and size. */
    public static PycHeader forSource(long mtimeSeconds, long size) {
        return new PycHeader(0, mtimeSeconds, size);
    }
}
