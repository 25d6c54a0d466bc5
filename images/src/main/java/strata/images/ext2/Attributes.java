package strata.images.ext2;

/**
 * What a new file takes from its source: permission bits (with setuid, setgid, sticky), owner and
 * modification time.
 */
public record Attributes(int permissions, long uid, long gid, long mtime) {
}
