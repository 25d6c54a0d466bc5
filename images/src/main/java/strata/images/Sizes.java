package strata.images;

import java.util.Locale;
import java.util.Map;
import strata.images.ext2.Ext2Exception;

/**
 * Sizes as a user writes them: bytes, or a number with K, M or G (binary units, an optional "iB"),
 * as mke2fs reads them.
 */
public final class Sizes {
    private static final Map<String, Long> UNITS = Map.of("", 1L, "K", 1L << 10, "M", 1L << 20, "G", 1L << 30);

    private Sizes() {
    }

    public static long parse(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        String unit = upper.replaceAll("^[0-9]+", "").replaceAll("(I?B)$", "");
        String digits = upper.replaceAll("[^0-9].*$", "");
        Long factor = UNITS.get(unit);
        if (digits.isEmpty() || factor == null || digits.length() > 12) {
            throw new Ext2Exception("'" + text + "' is not a size (bytes, or a number followed by K, M or G)");
        }
        return Long.parseLong(digits) * factor;
    }
}
