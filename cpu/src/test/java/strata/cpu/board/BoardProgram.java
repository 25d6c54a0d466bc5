package strata.cpu.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One of the bare-metal programs in {@code programs/}, run on QEMU and on Strata's machine with
 * the same console input and expected to print the same bytes and end with the same status.
 * Beside {@code NAME.S}: {@code NAME.input} (optional) is the console input, {@code NAME.out} the
 * console output QEMU 7.2 printed. Comment lines of the source set the rest:
 * {@code # ram: MIB} (default 128), {@code # status: N} (default 0), {@code # machine: spike}
 * (QEMU's spike machine, for HTIF programs; default virt).
 */
record BoardProgram(String name, Path source, byte[] input, int ramMegabytes, int status, String machine) {

    private static final Pattern DIRECTIVE = Pattern.compile("^# (ram|status|machine): (\\S+)$", Pattern.MULTILINE);

    /** Every program of the corpus, by name. */
    static Stream<BoardProgram> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.toString().endsWith(".S") && !file.getFileName().toString().equals("lib.S"))
                    .sorted().map(BoardProgram::of).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory() {
        try {
            return Path.of(BoardProgram.class.getResource("programs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BoardProgram of(Path source) {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - 2);
        try {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Path input = source.resolveSibling(name + ".input");
            int ram = 128;
            int status = 0;
            String machine = "virt";
            Matcher matcher = DIRECTIVE.matcher(text);
            while (matcher.find()) {
                switch (matcher.group(1)) {
                    case "ram" -> ram = Integer.parseInt(matcher.group(2));
                    case "status" -> status = Integer.parseInt(matcher.group(2));
                    default -> machine = matcher.group(2);
                }
            }
            return new BoardProgram(name, source, Files.exists(input) ? Files.readAllBytes(input) : new byte[0], ram,
                    status, machine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console output QEMU printed, as committed. */
    byte[] expectedOutput() {
        try {
            return Files.readAllBytes(source.resolveSibling(name + ".out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** QEMU's options for this program's machine and RAM. */
    List<String> qemuMachine() {
        return List.of("-machine", machine, "-m", ramMegabytes + "M");
    }

    @Override
    public String toString() {
        return name;
    }
}
