package strata.images.ext2;

/**
 * Why an ext2 operation cannot be done: the image is damaged or not ext2, or the request cannot
 * be met (no such file, a full disk, a name too long). The message is for the user as it stands,
 * without the image's name, which the caller puts in front.
 */
public final class Ext2Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Ext2Exception(String message) {
        super(message);
    }
}
