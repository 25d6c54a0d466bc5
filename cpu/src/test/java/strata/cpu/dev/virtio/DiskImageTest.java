package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two backends: the overlay never touches the file, write-through changes it at once. */
class DiskImageTest {
    private static final int SIZE = 4 * 512 + 7;

    @TempDir
    Path directory;

    @Test
    void sectorsRoundUp() {
        assertThat(DiskImage.sectorsOf(0)).isZero();
        assertThat(DiskImage.sectorsOf(1)).isEqualTo(1);
        assertThat(DiskImage.sectorsOf(512)).isEqualTo(1);
        assertThat(DiskImage.sectorsOf(513)).isEqualTo(2);
    }

    @Test
    void theOverlayReadsItsWritesAndLeavesTheFile() throws IOException {
        Path image = Images.file(directory, SIZE);
        try (OverlayDisk disk = OverlayDisk.open(image)) {
            assertThat(disk.sectors()).isEqualTo(5);
            byte[] data = sectors(2, (byte) 0x11);
            disk.write(1, data, 0, 1024);
            disk.write(4, sectors(1, (byte) 0x44), 0, 512);
            disk.flush();
            byte[] all = new byte[5 * 512];
            disk.read(0, all, 0, all.length);
            byte[] expected = Arrays.copyOf(Images.contents(SIZE), 5 * 512);
            Arrays.fill(expected, 512, 1536, (byte) 0x11);
            Arrays.fill(expected, 2048, 2560, (byte) 0x44);
            assertThat(all).isEqualTo(expected);
        }
        assertThat(Files.readAllBytes(image)).isEqualTo(Images.contents(SIZE));
    }

    @Test
    void theOverlayReadsThePartialSectorWithZeros() throws IOException {
        try (OverlayDisk disk = OverlayDisk.open(Images.file(directory, SIZE))) {
            byte[] last = new byte[512];
            disk.read(4, last, 0, 512);
            assertThat(last).isEqualTo(Arrays.copyOf(Arrays.copyOfRange(Images.contents(SIZE), 2048, SIZE), 512));
        }
    }

    @Test
    void writeThroughChangesTheFileBeforeWriteReturns() throws IOException {
        Path image = Images.file(directory, SIZE);
        try (WriteThroughDisk disk = WriteThroughDisk.open(image)) {
            disk.write(2, sectors(1, (byte) 0x22), 0, 512);
            assertThat(Arrays.copyOfRange(Files.readAllBytes(image), 1024, 1536)).containsOnly(0x22);
            byte[] back = new byte[512];
            disk.read(2, back, 0, 512);
            assertThat(back).containsOnly(0x22);
            disk.write(4, sectors(1, (byte) 0x44), 0, 512);
            disk.flush();
            assertThat(Files.size(image)).isEqualTo(5 * 512);
            assertThat(disk.sectors()).isEqualTo(5);
        }
    }

    @Test
    void aMissingFileCannotBeOpened() {
        assertThatThrownBy(() -> OverlayDisk.open(directory.resolve("none.img")))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> WriteThroughDisk.open(directory.resolve("none.img")))
                .isInstanceOf(NoSuchFileException.class);
    }

    private static byte[] sectors(int count, byte value) {
        byte[] bytes = new byte[count * 512];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
