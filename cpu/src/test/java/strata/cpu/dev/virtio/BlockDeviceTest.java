package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.cpu.dev.virtio.BlockDevice.S_IOERR;
import static strata.cpu.dev.virtio.BlockDevice.S_OK;
import static strata.cpu.dev.virtio.BlockDevice.S_UNSUPP;
import static strata.cpu.dev.virtio.BlockDevice.T_FLUSH;
import static strata.cpu.dev.virtio.BlockDevice.T_GET_ID;
import static strata.cpu.dev.virtio.BlockDevice.T_IN;
import static strata.cpu.dev.virtio.BlockDevice.T_OUT;
import static strata.cpu.dev.virtio.TestDriver.DATA;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import strata.cpu.bus.MemoryWatcher;

/**
 * Each request type and status on a write-through disk of 8 sectors and 100 bytes (so 9
 * sectors, the last partial), and the used length: every byte the device may write.
 */
class BlockDeviceTest {
    private static final int SIZE = 8 * 512 + 100;
    private static final int SECTORS = 9;

    @TempDir
    Path directory;
    private Path image;
    private DiskImage disk;
    private TestDriver driver;

    private TestDriver start() throws IOException {
        image = Images.file(directory, SIZE);
        disk = WriteThroughDisk.open(image);
        driver = new TestDriver(Layout.MODERN, disk).start();
        return driver;
    }

    @AfterEach
    void close() throws IOException {
        disk.close();
    }

    @Test
    void theCapacityCountsThePartialSector() throws IOException {
        start();
        assertThat(driver.device.read(VirtioMmio.CONFIG, 4)).isEqualTo(SECTORS);
    }

    @Test
    void readGivesTheSectorsAndZerosPastTheFile() throws IOException {
        start();
        assertThat(driver.request(T_IN, 7, 1024)).isEqualTo(new TestDriver.Result(S_OK, 1025));
        byte[] expected = Arrays.copyOf(Arrays.copyOfRange(Images.contents(SIZE), 7 * 512, SIZE), 1024);
        assertThat(driver.get(DATA, 1024)).isEqualTo(expected);
    }

    @Test
    void writeIsInTheFileWhenTheRequestIsUsed() throws IOException {
        start();
        byte[] data = new byte[1024];
        Arrays.fill(data, (byte) 0xe7);
        driver.put(DATA, data);
        assertThat(driver.request(T_OUT, 3, 1024)).isEqualTo(new TestDriver.Result(S_OK, 1));
        byte[] file = Files.readAllBytes(image);
        assertThat(Arrays.copyOfRange(file, 3 * 512, 5 * 512)).isEqualTo(data);
        assertThat(driver.request(T_IN, 3, 1024).status()).isEqualTo(S_OK);
        assertThat(driver.get(DATA, 1024)).isEqualTo(data);
    }

    @Test
    void eachCompletedWriteIsInTheFile() throws IOException {
        start();
        byte[] expected = Images.contents(SIZE);
        for (int sector = 0; sector < 8; sector++) {
            byte[] data = new byte[512];
            Arrays.fill(data, (byte) (0x80 + sector));
            driver.put(DATA, data);
            assertThat(driver.request(T_OUT, sector, 512).status()).isEqualTo(S_OK);
            System.arraycopy(data, 0, expected, sector * 512, 512);
            assertThat(Files.readAllBytes(image)).as("after the write of sector %d", sector).isEqualTo(expected);
        }
    }

    @Test
    void aReadIntoAWatchedPageIsHeard() throws IOException {
        start();
        List<Long> heard = new ArrayList<>();
        driver.bus.addWatcher(new MemoryWatcher() {
            @Override
            public void written(long address, int length) {
                heard.add(address);
                heard.add((long) length);
            }
        });
        driver.bus.watch(DATA + 4096);
        assertThat(driver.request(T_IN, 0, SECTORS * 512).status()).isEqualTo(S_OK);
        assertThat(heard).as("the decode cache hears of code the disk overwrote").containsExactly(DATA + 4096, 512L);
    }

    @Test
    void writingThePartialSectorMakesItWhole() throws IOException {
        start();
        assertThat(driver.request(T_OUT, 8, 512).status()).isEqualTo(S_OK);
        assertThat(Files.size(image)).isEqualTo(9 * 512);
    }

    @Test
    void theBarrierBitIsIgnored() throws IOException {
        start();
        driver.put(DATA, new byte[512]);
        assertThat(driver.request(0x80000001, 0, 512).status()).isEqualTo(S_OK);
        assertThat(Arrays.copyOf(Files.readAllBytes(image), 512)).containsOnly(0);
    }

    @Test
    void flushIsOk() throws IOException {
        start();
        assertThat(driver.request(T_FLUSH, 0, 0)).isEqualTo(new TestDriver.Result(S_OK, 1));
    }

    @ParameterizedTest
    @CsvSource({"8, 20", "9, 20", "8, 1"})
    void getIdWritesAnEmptySerialNumber(int type, int room) throws IOException {
        start();
        byte[] before = new byte[room];
        Arrays.fill(before, (byte) 0xaa);
        driver.put(DATA, before);
        driver.header(type, 0);
        driver.descriptor(0, TestDriver.HEADER, 16, TestDriver.NEXT, 1);
        driver.descriptor(1, DATA, room, TestDriver.NEXT | TestDriver.WRITE, 2);
        driver.descriptor(2, TestDriver.STATUS, 1, TestDriver.WRITE, 0);
        assertThat(driver.submit(0)).isEqualTo(new TestDriver.Result(S_OK, room + 1));
        before[0] = 0;
        assertThat(driver.get(DATA, room)).isEqualTo(before);
    }

    @Test
    void getIdWithoutRoomIsOk() throws IOException {
        start();
        assertThat(driver.request(T_GET_ID, 0, 0)).isEqualTo(new TestDriver.Result(S_OK, 1));
    }

    @ParameterizedTest
    @CsvSource({"2", "3", "10", "12", "0x20", "0x7fffffff"})
    void otherTypesAreUnsupported(String type) throws IOException {
        start();
        assertThat(driver.request(Integer.decode(type), 0, 512)).isEqualTo(new TestDriver.Result(S_UNSUPP, 1));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 9, 512",        // the sector after the last
        "0, 8, 1024",       // across the end
        "0, 10, 0",         // past the end, even with no data
        "0, -1, 512",       // sector 2^64 - 1
        "0, 0, 100",        // not whole sectors
        "1, 9, 512",
        "1, 0, 700",
        "1, -9, 512",       // so large that sector + count wraps
    })
    void outOfRangeOrPartialIsAnIoError(int type, long sector, int length) throws IOException {
        start();
        TestDriver.Result result = driver.request(type, sector, length);
        assertThat(result.status()).isEqualTo(S_IOERR);
        assertThat(result.used()).isEqualTo(type == T_IN ? length + 1 : 1);
        assertThat(Files.readAllBytes(image)).isEqualTo(Images.contents(SIZE));
    }

    /** A DISCARD or WRITE_ZEROES of {@code count} sectors from {@code sector}, in a segment of {@code length} bytes. */
    private TestDriver.Result segmentRequest(int type, long sector, long count, int flags, int length) {
        driver.header(type, 0);
        driver.put(DATA, ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putLong(sector).putInt((int) count)
                .putInt(flags).array());
        driver.descriptor(0, TestDriver.HEADER, 16, TestDriver.NEXT, 1);
        driver.descriptor(1, DATA, length, TestDriver.NEXT, 2);
        driver.descriptor(2, TestDriver.STATUS, 1, TestDriver.WRITE, 0);
        return driver.submit(0);
    }

    @Test
    void writeZeroesZerosTheSectors() throws IOException {
        start();
        assertThat(segmentRequest(BlockDevice.T_WRITE_ZEROES, 2, 3, 1, 16)).isEqualTo(new TestDriver.Result(S_OK, 1));
        byte[] expected = Images.contents(SIZE);
        Arrays.fill(expected, 1024, 2560, (byte) 0);
        assertThat(Files.readAllBytes(image)).isEqualTo(expected);
    }

    @Test
    void discardLeavesTheData() throws IOException {
        start();
        assertThat(segmentRequest(BlockDevice.T_DISCARD, 2, 3, 0, 16).status()).isEqualTo(S_OK);
        assertThat(Files.readAllBytes(image)).isEqualTo(Images.contents(SIZE));
    }

    @ParameterizedTest
    @CsvSource({
        "13, 0, 1, 2, 16, 2",           // an unknown flag
        "11, 0, 1, 1, 16, 2",           // UNMAP on a discard
        "11, 0, 1, 0, 32, 2",           // two segments
        "10, 0, 1, 0, 16, 2",           // without the OUT bit
        "13, 8, 2, 0, 16, 1",           // past the end
        "13, 0, 0x400000, 0, 16, 1",    // more than max_write_zeroes_sectors
        "11, 9, 0, 0, 16, 0",           // nothing, at the end
    })
    void discardAndWriteZeroesAreChecked(int type, long sector, String count, int flags, int length, int status)
            throws IOException {
        start();
        assertThat(segmentRequest(type, sector, Long.decode(count), flags, length).status()).isEqualTo(status);
        assertThat(Files.readAllBytes(image)).isEqualTo(Images.contents(SIZE));
    }

    @Test
    void aShortSegmentIsADriverError() throws IOException {
        start();
        segmentRequest(BlockDevice.T_WRITE_ZEROES, 0, 1, 0, 8);
        assertThat(driver.device.error()).contains("16-byte segment");
    }

    @Test
    void anEmptyReadAtTheEndIsOk() throws IOException {
        start();
        assertThat(driver.request(T_IN, SECTORS, 0)).isEqualTo(new TestDriver.Result(S_OK, 1));
    }

    @Test
    void aFailingHostIsAnIoError() throws IOException {
        start();
        disk.close();
        assertThat(driver.request(T_IN, 0, 512).status()).isEqualTo(S_IOERR);
        assertThat(driver.request(T_OUT, 0, 512).status()).isEqualTo(S_IOERR);
        assertThat(driver.request(T_FLUSH, 0, 0).status()).isEqualTo(S_IOERR);
        assertThat(driver.device.error()).isNull();
    }
}
