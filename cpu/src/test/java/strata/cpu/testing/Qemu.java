package strata.cpu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QEMU's virt machine as the referee: boots an ELF the way Strata's board does
 * ({@code -bios none -kernel}), with the console on stdin/stdout, or stops it before the first
 * instruction to read memory through the monitor.
 */
public final class Qemu {
    public static final String COMMAND = "qemu-system-riscv32";
    private static final Pattern MEMORY_LINE = Pattern.compile("^[0-9a-f]+:((?: 0x[0-9a-f]{8})+)", Pattern.MULTILINE);

    private Qemu() {
    }

    /** Skips the calling test where QEMU is not installed. */
    public static void require() {
        HostTools.require(COMMAND);
    }

    /** Boots {@code elf} on {@code -machine virt} with {@code input} on the console; returns when it powers off. */
    public static HostTools.Run boot(Path elf, byte[] input) {
        return HostTools.run(List.of(COMMAND, "-machine", "virt", "-bios", "none", "-nographic", "-monitor", "none",
                "-kernel", elf.toString()), input);
    }

    /**
     * The {@code count} words at physical {@code address} before the first instruction, with
     * {@code elf} loaded as the kernel, read with the monitor's {@code xp} command.
     */
    public static List<Integer> words(Path elf, long address, int count) {
        String commands = String.format("xp /%dwx 0x%x%nquit%n", count, address);
        HostTools.Run run = HostTools.run(List.of(COMMAND, "-machine", "virt", "-bios", "none", "-nographic",
                "-serial", "none", "-S", "-monitor", "stdio", "-kernel", elf.toString()),
                commands.getBytes(StandardCharsets.US_ASCII));
        List<Integer> words = new ArrayList<>();
        Matcher matcher = MEMORY_LINE.matcher(run.text());
        while (matcher.find()) {
            for (String word : matcher.group(1).trim().split(" ")) {
                words.add(Integer.parseUnsignedInt(word.substring(2), 16));
            }
        }
        assertThat(words).as(run.text()).hasSize(count);
        return words;
    }

    /** QEMU's device tree blob for the virt machine with {@code ramMegabytes} of RAM. */
    public static byte[] deviceTree(Path directory, int ramMegabytes) {
        Path blob = directory.resolve("qemu-virt.dtb");
        HostTools.Run run = HostTools.run(List.of(COMMAND, "-machine", "virt,dumpdtb=" + blob, "-m",
                ramMegabytes + "M", "-bios", "none", "-nographic"), new byte[0]);
        assertThat(run.status()).as(run.stderr()).isZero();
        try {
            return Files.readAllBytes(blob);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
