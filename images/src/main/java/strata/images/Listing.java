package strata.images;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import strata.images.ext2.FileSystem;
import strata.images.ext2.FileType;
import strata.images.ext2.Inode;

/**
 * Lines of a listing as {@code ls -l} prints them, in columns: type and permissions, links,
 * owner and group (numbers: an image has no user database), size, modification time in UTC,
 * name, and for a symbolic link its target.
 */
public final class Listing {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String RWX = "rwxrwxrwx";

    private Listing() {
    }

    public static List<String> longFormat(FileSystem fs, List<FileSystem.Entry> entries) {
        List<String[]> rows = new ArrayList<>();
        for (FileSystem.Entry entry : entries) {
            Inode inode = entry.inode();
            String name = inode.type() == FileType.SYMLINK ? entry.name() + " -> " + fs.readLink(entry.number())
                    : entry.name();
            rows.add(new String[] {mode(inode.mode()), Long.toString(inode.links()), Long.toString(inode.uid()),
                    Long.toString(inode.gid()), Long.toString(inode.size()),
                    TIME.format(Instant.ofEpochSecond(inode.mtime())), name});
        }
        int[] widths = new int[7];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(String.format("%s %" + widths[1] + "s %-" + widths[2] + "s %-" + widths[3] + "s %"
                    + widths[4] + "s %s %s", (Object[]) row));
        }
        return lines;
    }

    /** The ten letters of {@code ls -l}: type, then rwx three times, with s/S and t/T for setuid, setgid and sticky. */
    public static String mode(int mode) {
        FileType type = FileType.ofMode(mode);
        StringBuilder text = new StringBuilder().append(type == null ? '?' : type.letter());
        for (int i = 0; i < 9; i++) {
            text.append((mode & (0400 >> i)) != 0 ? RWX.charAt(i) : '-');
        }
        special(text, mode, 04000, 3, 's');
        special(text, mode, 02000, 6, 's');
        special(text, mode, 01000, 9, 't');
        return text.toString();
    }

    private static void special(StringBuilder text, int mode, int bit, int at, char letter) {
        if ((mode & bit) != 0) {
            text.setCharAt(at, text.charAt(at) == '-' ? Character.toUpperCase(letter) : letter);
        }
    }
}
