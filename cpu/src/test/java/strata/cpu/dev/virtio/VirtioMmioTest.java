package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.cpu.dev.virtio.VirtioMmio.*;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The transport's registers in both layouts, as QEMU 7.2's virtio-mmio.c answers them. */
class VirtioMmioTest {
    private static final int LEGACY_FEATURES = 0x31006e44;
    private static final int MODERN_FEATURES = 0x30006e44;

    @TempDir
    Path directory;
    private DiskImage disk;

    private TestDriver driver(Layout layout) throws IOException {
        disk = OverlayDisk.open(Images.file(directory, 4096));
        return new TestDriver(layout, disk);
    }

    @AfterEach
    void close() throws IOException {
        disk.close();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void identity(Layout layout) throws IOException {
        TestDriver driver = driver(layout);
        assertThat(driver.read(MAGIC_VALUE)).isEqualTo(0x74726976);
        assertThat(driver.read(VERSION)).isEqualTo(layout.version());
        assertThat(driver.read(DEVICE_ID)).isEqualTo(2);
        assertThat(driver.read(VENDOR_ID)).isEqualTo(0x554d4551);
        assertThat(driver.device.size()).isEqualTo(0x200);
    }

    @Test
    void legacyOffersNotifyOnEmptyAndNoHighWord() throws IOException {
        TestDriver driver = driver(Layout.LEGACY);
        assertThat(driver.read(DEVICE_FEATURES)).isEqualTo(LEGACY_FEATURES);
        driver.write(DEVICE_FEATURES_SEL, 1);
        assertThat(driver.read(DEVICE_FEATURES)).isZero();
    }

    @Test
    void modernOffersVersion1InTheHighWord() throws IOException {
        TestDriver driver = driver(Layout.MODERN);
        assertThat(driver.read(DEVICE_FEATURES)).isEqualTo(MODERN_FEATURES);
        driver.write(DEVICE_FEATURES_SEL, 7);
        assertThat(driver.read(DEVICE_FEATURES)).isEqualTo(1);
    }

    @Test
    void legacyTakesTheDriversFeaturesAtOnceAndOnlyTheLowWord() throws IOException {
        TestDriver driver = driver(Layout.LEGACY);
        driver.write(DRIVER_FEATURES, 0xffffffff);
        assertThat(driver.device.negotiated()).isEqualTo(LEGACY_FEATURES);
        driver.write(DRIVER_FEATURES_SEL, 1);
        driver.write(DRIVER_FEATURES, 0xffffffff);
        assertThat(driver.device.negotiated()).isEqualTo(LEGACY_FEATURES);
    }

    @Test
    void modernTakesTheDriversFeaturesWithFeaturesOkAndThenNoMore() throws IOException {
        TestDriver driver = driver(Layout.MODERN);
        driver.write(DRIVER_FEATURES, (int) BlockDevice.F_FLUSH | 1 << 30);
        driver.write(DRIVER_FEATURES_SEL, 1);
        driver.write(DRIVER_FEATURES, 1);
        assertThat(driver.device.negotiated()).isZero();
        driver.write(STATUS, 3 | FEATURES_OK);
        assertThat(driver.device.negotiated()).isEqualTo(BlockDevice.F_FLUSH | F_VERSION_1);
        assertThat(driver.read(STATUS)).isEqualTo(3 | FEATURES_OK);
        driver.write(DRIVER_FEATURES, 0);
        driver.write(STATUS, 3 | FEATURES_OK);
        assertThat(driver.device.negotiated()).isEqualTo(BlockDevice.F_FLUSH | F_VERSION_1);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void onlyQueueZeroExists(Layout layout) throws IOException {
        TestDriver driver = driver(layout);
        assertThat(driver.read(QUEUE_NUM_MAX)).isEqualTo(1024);
        driver.write(QUEUE_SEL, 1);
        assertThat(driver.read(QUEUE_NUM_MAX)).isZero();
        driver.write(QUEUE_SEL, 1024);
        assertThat(driver.read(QUEUE_NUM_MAX)).as("a selector past QEMU's 1024 queues is ignored").isZero();
        driver.write(QUEUE_SEL, 0);
        assertThat(driver.read(QUEUE_NUM_MAX)).isEqualTo(1024);
    }

    @Test
    void legacyQueuePfnReadsBackInGuestPages() throws IOException {
        TestDriver driver = driver(Layout.LEGACY);
        driver.setUpQueue();
        assertThat(driver.read(QUEUE_PFN)).isEqualTo((int) (TestDriver.DESC >>> 12));
        driver.write(GUEST_PAGE_SIZE, 0x10000);
        assertThat(driver.read(QUEUE_PFN)).isEqualTo((int) (TestDriver.DESC >>> 16));
        driver.write(GUEST_PAGE_SIZE, 0);
        assertThat(driver.read(QUEUE_PFN)).as("page size 0 is a shift of 0").isEqualTo((int) TestDriver.DESC);
        assertThat(driver.read(QUEUE_READY)).as("a modern register").isZero();
        assertThat(driver.read(CONFIG_GENERATION)).as("a modern register").isZero();
    }

    @Test
    void modernQueueReadyReadsBack() throws IOException {
        TestDriver driver = driver(Layout.MODERN);
        driver.setUpQueue();
        assertThat(driver.read(QUEUE_READY)).isEqualTo(1);
        assertThat(driver.read(QUEUE_PFN)).as("a legacy register").isZero();
        driver.write(QUEUE_READY, 0);
        assertThat(driver.read(QUEUE_READY)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void registersAreWords(Layout layout) throws IOException {
        TestDriver driver = driver(layout);
        assertThat(driver.device.read(MAGIC_VALUE, 1)).isZero();
        assertThat(driver.device.read(MAGIC_VALUE, 2)).isZero();
        driver.device.write(STATUS, 1, 1);
        assertThat(driver.read(STATUS)).isZero();
        assertThat(driver.read(SHM_LEN_LOW)).isEqualTo(-1);
        assertThat(driver.read(SHM_LEN_HIGH)).isEqualTo(-1);
        assertThat(driver.read(0x0f8)).as("no register").isZero();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void configSpaceInAnyWidthAndAllOnesPastItsEnd(Layout layout) throws IOException {
        TestDriver driver = driver(layout);
        assertThat(driver.device.read(CONFIG, 4)).isEqualTo(8);
        assertThat(driver.device.read(CONFIG + 4, 4)).isZero();
        assertThat(driver.device.read(CONFIG + 0x0c, 4)).isEqualTo(254);
        assertThat(driver.device.read(CONFIG + 0x14, 2)).isEqualTo(512);
        assertThat(driver.device.read(CONFIG + 0x15, 1)).isEqualTo(2);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).as("writeback").isEqualTo(1);
        assertThat(driver.device.read(CONFIG + 0x22, 2)).as("num_queues").isEqualTo(1);
        assertThat(driver.device.read(CONFIG + 0x24, 4)).as("max_discard_sectors").isEqualTo(0x3fffff);
        assertThat(driver.device.read(CONFIG + 0x38, 1)).as("write_zeroes_may_unmap").isEqualTo(1);
        assertThat(driver.device.read(CONFIG + 0x38, 2)).isEqualTo(-1);
        assertThat(driver.device.read(CONFIG + 0x39, 1)).isEqualTo(-1);
        driver.device.write(CONFIG, 4, 99);
        assertThat(driver.device.read(CONFIG, 4)).as("the capacity is read-only").isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void theWriteCacheIsSwitchedByTheWritebackByteInAnyWidth(Layout layout) throws IOException {
        TestDriver driver = driver(layout).start();
        assertThat(driver.device.read(CONFIG + 0x20, 1)).isEqualTo(1);
        driver.device.write(CONFIG + 0x20, 1, 0);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).isZero();
        driver.device.write(CONFIG + 0x1e, 4, 0x00ff0000);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).as("byte 2 of a word at 0x1e").isEqualTo(1);
        driver.device.write(CONFIG + 0x1e, 2, 0);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).as("a half-word before it").isEqualTo(1);
        driver.device.write(CONFIG + 0x20, 2, 0x0100);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).as("the low byte of a half-word").isZero();
        driver.device.write(CONFIG + 0x38, 4, 0x01);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).as("a write past the end is ignored").isZero();
        driver.write(STATUS, 0);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).as("a reset brings back write-back").isEqualTo(1);
    }

    @Test
    void aDriverThatCannotFlushGetsWriteThrough() throws IOException {
        TestDriver driver = driver(Layout.MODERN);
        driver.write(STATUS, 3);
        driver.write(DRIVER_FEATURES, (int) F_INDIRECT_DESC);
        driver.write(STATUS, 3 | FEATURES_OK);
        driver.setUpQueue();
        assertThat(driver.device.read(CONFIG + 0x20, 1)).as("before DRIVER_OK").isEqualTo(1);
        driver.write(STATUS, 3 | FEATURES_OK | DRIVER_OK);
        assertThat(driver.device.read(CONFIG + 0x20, 1)).isZero();
        assertThat(driver.request(BlockDevice.T_OUT, 0, 512).status()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aRequestRaisesTheInterruptUntilAcknowledged(Layout layout) throws IOException {
        TestDriver driver = driver(layout).start();
        assertThat(driver.interruptLine()).isFalse();
        driver.request(BlockDevice.T_FLUSH, 0, 0);
        assertThat(driver.read(INTERRUPT_STATUS)).isEqualTo(USED_BUFFER);
        assertThat(driver.interruptLine()).isTrue();
        driver.write(INTERRUPT_ACK, USED_BUFFER);
        assertThat(driver.read(INTERRUPT_STATUS)).isZero();
        assertThat(driver.interruptLine()).isFalse();
    }

    @Test
    void noInterruptIsHonouredWithoutNotifyOnEmpty() throws IOException {
        TestDriver driver = driver(Layout.MODERN).start();
        driver.putShort(TestDriver.AVAIL, 1);
        assertThat(driver.request(BlockDevice.T_FLUSH, 0, 0).status()).isZero();
        assertThat(driver.read(INTERRUPT_STATUS)).isZero();
        assertThat(driver.interruptLine()).isFalse();
    }

    @Test
    void notifyOnEmptyInterruptsAnyway() throws IOException {
        TestDriver driver = driver(Layout.LEGACY).start();
        driver.putShort(TestDriver.AVAIL, 1);
        driver.request(BlockDevice.T_FLUSH, 0, 0);
        assertThat(driver.read(INTERRUPT_STATUS)).isEqualTo(USED_BUFFER);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aNotifyBeforeDriverOkOrBeforeTheQueueIsIgnored(Layout layout) throws IOException {
        TestDriver driver = driver(layout);
        driver.header(BlockDevice.T_FLUSH, 0);
        driver.descriptor(0, TestDriver.HEADER, 16, TestDriver.NEXT, 1);
        driver.descriptor(1, TestDriver.STATUS, 1, TestDriver.WRITE, 0);
        driver.offer(0);
        driver.notifyQueue();
        driver.write(STATUS, 3 | FEATURES_OK | DRIVER_OK);
        driver.notifyQueue();
        driver.setUpQueue();
        driver.write(STATUS, 3 | FEATURES_OK);
        driver.notifyQueue();
        assertThat(driver.usedIndex()).isZero();
        driver.write(STATUS, 3 | FEATURES_OK | DRIVER_OK);
        driver.notifyQueue();
        assertThat(driver.usedIndex()).isEqualTo(1);
        assertThat(driver.device.error()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void statusZeroResetsTheDevice(Layout layout) throws IOException {
        TestDriver driver = driver(layout).start();
        driver.request(BlockDevice.T_FLUSH, 0, 0);
        driver.write(STATUS, 0);
        assertThat(driver.read(STATUS)).isZero();
        assertThat(driver.read(INTERRUPT_STATUS)).isZero();
        assertThat(driver.interruptLine()).isFalse();
        assertThat(driver.device.negotiated()).isZero();
        assertThat(driver.read(layout == Layout.LEGACY ? QUEUE_PFN : QUEUE_READY)).isZero();
    }

    @Test
    void legacyQueuePfnZeroResetsTheDevice() throws IOException {
        TestDriver driver = driver(Layout.LEGACY).start();
        driver.write(QUEUE_PFN, 0);
        assertThat(driver.read(STATUS)).isZero();
        assertThat(driver.device.negotiated()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aSystemResetClearsTheSelectors(Layout layout) throws IOException {
        TestDriver driver = driver(layout).start();
        driver.write(DEVICE_FEATURES_SEL, 1);
        driver.device.reset();
        assertThat(driver.read(DEVICE_FEATURES)).isEqualTo(layout == Layout.LEGACY ? LEGACY_FEATURES : MODERN_FEATURES);
        assertThat(driver.read(STATUS)).isZero();
    }
}
