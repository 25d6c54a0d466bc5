package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.ElfWriter;
import strata.cpu.board.VirtBoard;
import strata.cpu.testing.Programs;
import strata.cpu.testing.Qemu;

/**
 * The boot ROM is QEMU's, word for word: {@code qemu-bootrom.txt} holds the first 16 words at
 * 0x1000 that QEMU 7.2's virt machine shows (monitor {@code xp}) with {@link #PROGRAM} as its
 * {@code -bios none} kernel and 128 MiB of RAM. The file is checked against QEMU where it is
 * installed, and the ROM against the file everywhere.
 */
class BootRomQemuTest {
    /** The entry point is not the first instruction: QEMU passes the load address on, not the entry. */
    static final String PROGRAM = """
            nop
            .globl _start
            _start: j _start
            """;
    private static final int WORDS = 16;

    @TempDir
    Path directory;

    @Test
    void theRomIsTheOneQemuBuilds() throws IOException {
        long fdt = VirtBoard.fdtAddress(VirtBoard.DEFAULT_RAM_SIZE, 4096);
        ByteBuffer rom = ByteBuffer.wrap(BootRom.image((int) VirtBoard.DRAM, (int) fdt, (int) VirtBoard.DRAM))
                .order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> ours = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            ours.add(rom.getInt());
        }
        assertThat(ours).isEqualTo(expected());
    }

    @Test
    void theExpectedWordsAreStillWhatQemuShows() throws IOException {
        Qemu.require();
        Path elf = Files.write(directory.resolve("entry.elf"), ElfWriter.write(Programs.build("entry.S", PROGRAM)));
        assertThat(Qemu.words(elf, BootRom.BASE, WORDS)).isEqualTo(expected());
    }

    private static List<Integer> expected() throws IOException {
        try (InputStream in = BootRomQemuTest.class.getResourceAsStream("qemu-bootrom.txt")) {
            List<Integer> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(Integer.parseUnsignedInt(line.trim(), 16));
                }
            }
            return words;
        }
    }
}
