package strata.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import strata.cpu.board.VirtBoard;

/**
 * {@code --ram SIZE}: a size in bytes with a K, M or G suffix (powers of 1024, an optional
 * {@code iB} or {@code B} after it), or a bare number of megabytes, as QEMU's {@code -m} takes
 * it; whole pages from 2 MiB to 1 GiB.
 */
final class RamSize implements CommandLine.ITypeConverter<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})([KMG]?)(I?B)?");

    @Override
    public Integer convert(String text) {
        Matcher matcher = SIZE.matcher(text.toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a size (e.g. 64M, 1G)");
        }
        long number = Long.parseLong(matcher.group(1));
        int shift = switch (matcher.group(2)) {
            case "K" -> 10;
            case "G" -> 30;
            case "M", "" -> 20;
            default -> throw new IllegalStateException(matcher.group(2));
        };
        long bytes = number << shift;
        if (number > (1L << 40) || bytes < VirtBoard.MIN_RAM_SIZE || bytes > VirtBoard.MAX_RAM_SIZE || bytes % 4096 != 0) {
            throw new CommandLine.TypeConversionException("RAM of '" + text + "' is not whole 4 KiB pages from 2M to 1G");
        }
        return (int) bytes;
    }
}
