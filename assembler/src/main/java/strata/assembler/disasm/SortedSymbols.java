package strata.assembler.disasm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The symbols objdump uses while it disassembles one section, in its order, and its rule for
 * naming an address ({@code find_symbol_for_address} in binutils' objdump.c).
 *
 * <p>Only symbols that can name code are kept: no unnamed, section, file, undefined or common
 * symbols. They are sorted by address; at one address, symbols of the section being
 * disassembled come first, then functions and objects, globals, symbols not starting with '.',
 * larger sizes, and finally by name.
 */
final class SortedSymbols {

    /** binutils' name for the labels GNU as makes for {@code %pcrel_lo}; never shown as a label. */
    private static final String FAKE_LABEL = ".L0 ";

    /** A symbol found for an address, with its place in the sorted list. */
    record Found(ListingSymbol symbol, int place) {
    }

    private final List<ListingSymbol> sorted;
    /** Per place, the last place at or below it that holds a mapping symbol of the section, or -1. */
    private final int[] lastMapping;
    /** Per place, the first place at or above it that holds a mapping symbol of the section, or -1. */
    private final int[] nextMapping;

    /** The useful symbols of {@code all}, sorted for disassembling {@code section}. */
    SortedSymbols(List<ListingSymbol> all, SectionView section) {
        List<ListingSymbol> useful = useful(all);
        useful.sort(order(section.name()));
        this.sorted = List.copyOf(useful);
        this.lastMapping = new int[sorted.size()];
        this.nextMapping = new int[sorted.size() + 1];
        int last = -1;
        for (int i = 0; i < sorted.size(); i++) {
            last = isMapping(i, section) ? i : last;
            lastMapping[i] = last;
        }
        nextMapping[sorted.size()] = -1;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            nextMapping[i] = isMapping(i, section) ? i : nextMapping[i + 1];
        }
    }

    /**
     * The symbols that can name code, as binutils keeps them for disassembly: no unnamed,
     * section, file, undefined or common symbols.
     */
    static List<ListingSymbol> useful(List<ListingSymbol> all) {
        List<ListingSymbol> useful = new ArrayList<>();
        for (ListingSymbol symbol : all) {
            boolean named = !symbol.name().isEmpty();
            boolean significant = !symbol.isDebugging() || symbol.name().startsWith(".plt")
                    || symbol.name().startsWith(".got");
            if (named && significant && !symbol.isUndefined() && !symbol.isCommon()) {
                useful.add(symbol);
            }
        }
        return useful;
    }

    int size() {
        return sorted.size();
    }

    ListingSymbol get(int place) {
        return sorted.get(place);
    }

    long value(int place) {
        return sorted.get(place).value();
    }

    /** The last place at or below {@code place} with a mapping symbol of the section, or -1. */
    int lastMappingUpTo(int place) {
        return place < 0 ? -1 : lastMapping[place];
    }

    /** The first place at or above {@code place} with a mapping symbol of the section, or -1. */
    int nextMappingFrom(int place) {
        return nextMapping[place];
    }

    /** The first place whose symbol lies above {@code vma}, or the size if none. */
    int firstAbove(long vma) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (value(middle) <= vma) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean isMapping(int place, SectionView section) {
        ListingSymbol symbol = sorted.get(place);
        return symbol.symbol().section() == section.index() && symbol.isMappingSymbol();
    }

    /** True for a symbol objdump may print as a label: not a mapping symbol or a fake label. */
    static boolean canLabel(ListingSymbol symbol) {
        return !symbol.name().equals(FAKE_LABEL) && !symbol.isMappingSymbol();
    }

    /**
     * The symbol that names {@code vma} while {@code section} is disassembled: the last
     * labelling symbol at or below it, preferring one of {@code section} at the same address.
     * With {@code inSection} only symbols of the section qualify; otherwise only when the file
     * has relocations and the address is inside the section. Null if no symbol qualifies.
     */
    Found find(long vma, SectionView section, boolean inSection) {
        if (sorted.isEmpty()) {
            return null;
        }
        int min = 0;
        int max = sorted.size();
        while (min + 1 < max) {
            int middle = (max + min) / 2;
            if (value(middle) > vma) {
                max = middle;
            } else if (value(middle) < vma) {
                min = middle;
            } else {
                min = middle;
                break;
            }
        }
        int place = min;
        while (place > 0 && value(place) == value(place - 1)) {
            place--;
        }
        for (int same = place; same < max && value(same) == value(place); same++) {
            if (fits(true, same, section)) {
                return new Found(sorted.get(same), same);
            }
        }
        boolean wantSection = inSection || (section.fileHasRelocations() && section.contains(vma));
        if (!fits(wantSection, place, section)) {
            place = closestFitting(place, wantSection, section);
            if (place < 0) {
                return null;
            }
        }
        return new Found(sorted.get(place), place);
    }

    /** The fitting symbol below {@code place} (the first of its address), else the next above, else -1. */
    private int closestFitting(int place, boolean wantSection, SectionView section) {
        int below = -1;
        for (int i = place - 1; i >= 0; i--) {
            if (fits(wantSection, i, section)) {
                if (below >= 0 && value(i) != value(below)) {
                    break;
                }
                below = i;
            }
        }
        if (below >= 0) {
            return below;
        }
        for (int i = place + 1; i < sorted.size(); i++) {
            if (fits(wantSection, i, section)) {
                return i;
            }
        }
        return -1;
    }

    private boolean fits(boolean wantSection, int place, SectionView section) {
        ListingSymbol symbol = sorted.get(place);
        return (!wantSection || symbol.symbol().section() == section.index()) && canLabel(symbol);
    }

    /** objdump's {@code compare_symbols}, with {@code sectionName} the section being disassembled. */
    private static Comparator<ListingSymbol> order(String sectionName) {
        return Comparator.comparingLong(ListingSymbol::value)
                .thenComparing(symbol -> !symbol.sectionName().equals(sectionName))
                .thenComparing(symbol -> symbol.name().contains("gnu_compiled")
                        || symbol.name().contains("gcc2_compiled"))
                .thenComparing(SortedSymbols::looksLikeFileName)
                .thenComparing(ListingSymbol::isDebugging)
                .thenComparing(ListingSymbol::isSectionSymbol)
                .thenComparing(symbol -> !symbol.isFunction())
                .thenComparing(symbol -> !symbol.isObject())
                .thenComparing(ListingSymbol::isLocal)
                .thenComparing(symbol -> !symbol.isGlobal())
                .thenComparing(symbol -> -sizeOf(symbol))
                .thenComparing(symbol -> symbol.name().startsWith("."))
                .thenComparing(ListingSymbol::name);
    }

    private static boolean looksLikeFileName(ListingSymbol symbol) {
        String name = symbol.name();
        return symbol.isFile() || (name.length() > 2 && name.charAt(name.length() - 2) == '.'
                && (name.endsWith("o") || name.endsWith("a")));
    }

    private static long sizeOf(ListingSymbol symbol) {
        return symbol.isSectionSymbol() ? 0 : Integer.toUnsignedLong(symbol.symbol().size());
    }
}
