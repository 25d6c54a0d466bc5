package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.cpu.dev.virtio.TestDriver.DATA;
import static strata.cpu.dev.virtio.TestDriver.HEADER;
import static strata.cpu.dev.virtio.TestDriver.INDIRECT;
import static strata.cpu.dev.virtio.TestDriver.NEXT;
import static strata.cpu.dev.virtio.TestDriver.STATUS;
import static strata.cpu.dev.virtio.TestDriver.WRITE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The virtqueue walker: the chains a driver may build are served, and each way of breaking the
 * rules stops the device (DEVICE_NEEDS_RESET and a configuration interrupt in the modern layout,
 * silently in the legacy one) until a reset, after which it works again. Nothing throws.
 */
class VirtqueueTest {
    private static final long ROM = 0x1000;
    private static final long INDIRECT_TABLE = TestDriver.RAM + 0x40000;

    @TempDir
    Path directory;
    private DiskImage disk;

    private TestDriver start(Layout layout) throws IOException {
        disk = WriteThroughDisk.open(Images.file(directory, 8 * 512));
        return new TestDriver(layout, disk).start();
    }

    @AfterEach
    void close() throws IOException {
        disk.close();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void anIndirectTableCarriesTheWholeRequest(Layout layout) throws IOException {
        TestDriver driver = start(layout);
        driver.header(BlockDevice.T_IN, 1);
        driver.descriptor(INDIRECT_TABLE, 0, HEADER, 16, NEXT, 1);
        driver.descriptor(INDIRECT_TABLE, 1, DATA, 512, NEXT | WRITE, 2);
        driver.descriptor(INDIRECT_TABLE, 2, STATUS, 1, WRITE, 0);
        driver.descriptor(3, INDIRECT_TABLE, 48, INDIRECT, 0);
        assertThat(driver.submit(3)).isEqualTo(new TestDriver.Result(0, 513));
        assertThat(driver.used(0)[0]).as("the used id is the head in the ring's table").isEqualTo(3);
        assertThat(driver.get(DATA, 512)).isEqualTo(Arrays.copyOfRange(Images.contents(4096), 512, 1024));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void headerDataAndStatusMayShareDescriptors(Layout layout) throws IOException {
        TestDriver driver = start(layout);
        byte[] request = new byte[16 + 512];
        request[8] = 2;
        Arrays.fill(request, 16, request.length, (byte) 0x5c);
        request[0] = BlockDevice.T_OUT;
        driver.put(DATA, request);
        driver.descriptor(5, DATA, 10, NEXT, 6);
        driver.descriptor(6, DATA + 10, request.length - 10, NEXT, 7);
        driver.descriptor(7, STATUS, 1, WRITE, 0);
        assertThat(driver.submit(5)).isEqualTo(new TestDriver.Result(0, 1));
        byte[] read = new byte[512];
        disk.read(2, read, 0, 512);
        assertThat(read).containsOnly(0x5c);
    }

    /** A way to break the rules, done to a started driver after it offers head 0, before it notifies. */
    record Misuse(String name, Consumer<TestDriver> setUp) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> misuses() {
        List<Misuse> misuses = List.of(
                new Misuse("a head past the table", d -> d.putShort(TestDriver.AVAIL + 4, 8)),
                new Misuse("a next past the table", d -> chain(d, 16, NEXT, 9)),
                new Misuse("a loop", d -> {
                    d.descriptor(0, HEADER, 16, NEXT, 1);
                    d.descriptor(1, HEADER, 16, NEXT, 0);
                }),
                new Misuse("an empty descriptor", d -> chain(d, 0, NEXT, 1)),
                new Misuse("a buffer outside RAM", d -> d.descriptor(0, 0x10000000L, 16, NEXT, 1)),
                new Misuse("a buffer in ROM", d -> d.descriptor(0, ROM, 16, NEXT, 1)),
                new Misuse("a buffer past the end of RAM",
                    d -> d.descriptor(0, TestDriver.RAM + TestDriver.RAM_SIZE - 8, 16, NEXT, 1)),
                new Misuse("a 64-bit address", d -> d.descriptor(0, HEADER | 1L << 40, 16, NEXT, 1)),
                new Misuse("an address that wraps", d -> d.descriptor(0, -8L, 16, NEXT, 1)),
                new Misuse("a readable buffer after a writable one", d -> {
                    d.descriptor(0, STATUS, 1, WRITE | NEXT, 1);
                    d.descriptor(1, HEADER, 16, 0, 0);
                }),
                new Misuse("an empty indirect table", d -> d.descriptor(0, INDIRECT_TABLE, 0, INDIRECT, 0)),
                new Misuse("an indirect table of a half descriptor",
                    d -> d.descriptor(0, INDIRECT_TABLE, 24, INDIRECT, 0)),
                new Misuse("an indirect table outside RAM", d -> d.descriptor(0, ROM, 32, INDIRECT, 0)),
                new Misuse("an indirect table with NEXT", d -> d.descriptor(0, INDIRECT_TABLE, 32, INDIRECT | NEXT, 1)),
                new Misuse("a nested indirect table", d -> {
                    d.descriptor(INDIRECT_TABLE, 0, INDIRECT_TABLE, 32, INDIRECT, 0);
                    d.descriptor(0, INDIRECT_TABLE, 32, INDIRECT, 0);
                }),
                new Misuse("a loop in an indirect table", d -> {
                    d.descriptor(INDIRECT_TABLE, 0, HEADER, 16, NEXT, 1);
                    d.descriptor(INDIRECT_TABLE, 1, HEADER, 16, NEXT, 0);
                    d.descriptor(0, INDIRECT_TABLE, 32, INDIRECT, 0);
                }),
                new Misuse("no status byte", d -> d.descriptor(0, HEADER, 16, 0, 0)),
                new Misuse("a short header", d -> {
                    d.descriptor(0, HEADER, 15, NEXT, 1);
                    d.descriptor(1, STATUS, 1, WRITE, 0);
                }),
                new Misuse("the available index too far ahead", d -> {
                    chain(d, 16, NEXT, 1);
                    d.putShort(TestDriver.AVAIL + 2, TestDriver.QUEUE_SIZE + 1);
                }),
                new Misuse("rings outside RAM", d -> {
                    chain(d, 16, NEXT, 1);
                    if (d.layout == Layout.LEGACY) {
                        d.write(VirtioMmio.QUEUE_PFN, 0x10000);
                    } else {
                        d.write(VirtioMmio.QUEUE_DEVICE_LOW, 0x10000000);
                        d.write(VirtioMmio.QUEUE_READY, 1);
                    }
                }));
        return Stream.of(Layout.values()).flatMap(layout -> misuses.stream().map(m -> Arguments.of(layout, m)));
    }

    /** A flush request: header (with {@code length}, {@code flags}, {@code next}) then status in 1. */
    private static void chain(TestDriver driver, int length, int flags, int next) {
        driver.header(BlockDevice.T_FLUSH, 0);
        driver.descriptor(0, HEADER, length, flags, next);
        driver.descriptor(1, STATUS, 1, WRITE, 0);
    }

    @ParameterizedTest
    @MethodSource("misuses")
    void misuseStopsTheDeviceUntilReset(Layout layout, Misuse misuse) throws IOException {
        TestDriver driver = start(layout);
        chain(driver, 16, NEXT, 1);
        driver.offer(0);
        misuse.setUp().accept(driver);
        driver.notifyQueue();
        assertThat(driver.device.error()).as(misuse.name()).isNotNull();
        assertThat(driver.usedIndex()).isZero();
        if (layout == Layout.MODERN) {
            assertThat(driver.read(VirtioMmio.STATUS) & VirtioMmio.DEVICE_NEEDS_RESET).isNotZero();
            assertThat(driver.read(VirtioMmio.INTERRUPT_STATUS)).isEqualTo(3);
            assertThat(driver.read(VirtioMmio.CONFIG_GENERATION)).isEqualTo(1);
            assertThat(driver.interruptLine()).isTrue();
        } else {
            assertThat(driver.read(VirtioMmio.STATUS)).isEqualTo(15);
            assertThat(driver.read(VirtioMmio.INTERRUPT_STATUS)).isZero();
        }
        chain(driver, 16, NEXT, 1);
        driver.notifyQueue();
        assertThat(driver.usedIndex()).as("stopped").isZero();

        driver.start();
        assertThat(driver.device.error()).isNull();
        assertThat(driver.request(BlockDevice.T_FLUSH, 0, 0)).isEqualTo(new TestDriver.Result(0, 1));
    }
}
