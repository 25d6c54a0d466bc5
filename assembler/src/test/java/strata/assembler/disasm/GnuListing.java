package strata.assembler.disasm;

import static strata.testkit.Binutils.Tool.OBJDUMP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strata.testkit.Binutils;

/**
 * An {@code objdump -d} listing read back: its instruction lines and the labels above them.
 * Only the listings of the instruction corpus are read this way, where every label is a
 * symbol in the one section and an address is named after the closest label at or below it.
 */
record GnuListing(List<Line> lines, Map<Long, String> labels) {

    private static final Pattern LABEL = Pattern.compile("([0-9a-f]+) <(.+)>:");
    private static final Pattern LINE = Pattern.compile(" *([0-9a-f]+):\t([0-9a-f ]+?) *\t(.*)");

    /** One line of disassembly: the address, the raw bytes as objdump groups them, the text. */
    record Line(int address, String raw, String text) {

        /** True for a 32-bit word, as opposed to a 16-bit parcel or data. */
        boolean isWord() {
            return raw.length() == 8;
        }

        int word() {
            return Integer.parseUnsignedInt(raw, 16);
        }
    }

    static GnuListing parse(String listing) {
        List<Line> lines = new ArrayList<>();
        Map<Long, String> labels = new TreeMap<>();
        for (String text : listing.split("\n")) {
            Matcher label = LABEL.matcher(text);
            Matcher line = LINE.matcher(text);
            if (label.matches()) {
                labels.put(Long.parseLong(label.group(1), 16), label.group(2));
            } else if (line.matches()) {
                lines.add(new Line(Integer.parseUnsignedInt(line.group(1), 16), line.group(2), line.group(3)));
            }
        }
        return new GnuListing(List.copyOf(lines), labels);
    }

    /**
     * The listing objdump prints, with {@code -d} and {@code options}, for {@code lines} as GNU as
     * assembles them with the reference options; the files are {@code words.S} and {@code words.o}
     * in {@code directory}.
     */
    static GnuListing ofAssembled(Path directory, List<String> lines, String... options) {
        try {
            Path source = Files.write(directory.resolve("words.S"), lines);
            Path object = directory.resolve("words.o");
            Binutils.assemble(source, object, Binutils.AS_OPTIONS).assertSuccess();
            List<String> all = new ArrayList<>(List.of("-d"));
            all.addAll(List.of(options));
            return parse(Binutils.runOn(OBJDUMP, object, all).assertSuccess().stdout());
        } catch (IOException e) {
            throw new AssertionError("cannot write the test source", e);
        }
    }

    /**
     * An instruction's text without the {@code # address} comment objdump works out from
     * earlier instructions, which the disassembler, given one word, cannot know.
     */
    static String withoutComment(String text) {
        int comment = text.indexOf(" # ");
        return comment < 0 ? text : text.substring(0, comment);
    }

    /** Names an address the way objdump did in this listing: {@code start+0x48}. */
    SymbolLookup symbols() {
        TreeMap<Long, String> sorted = new TreeMap<>(labels);
        return address -> {
            Map.Entry<Long, String> below = sorted.floorEntry(Integer.toUnsignedLong(address));
            if (below == null) {
                return null;
            }
            long offset = Integer.toUnsignedLong(address) - below.getKey();
            return offset == 0 ? below.getValue() : below.getValue() + "+0x" + Long.toHexString(offset);
        };
    }
}
