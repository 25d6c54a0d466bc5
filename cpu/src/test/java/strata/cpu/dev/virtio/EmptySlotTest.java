package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.cpu.dev.virtio.VirtioMmio.DEVICE_ID;
import static strata.cpu.dev.virtio.VirtioMmio.MAGIC_VALUE;
import static strata.cpu.dev.virtio.VirtioMmio.QUEUE_NUM_MAX;
import static strata.cpu.dev.virtio.VirtioMmio.STATUS;
import static strata.cpu.dev.virtio.VirtioMmio.VENDOR_ID;
import static strata.cpu.dev.virtio.VirtioMmio.VERSION;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A slot without a device answers as QEMU's empty transports do. */
class EmptySlotTest {

    @ParameterizedTest
    @EnumSource(Layout.class)
    void anEmptySlotHasOnlyItsIdentity(Layout layout) {
        EmptySlot slot = new EmptySlot(layout);
        assertThat(slot.read(MAGIC_VALUE, 4)).isEqualTo(0x74726976);
        assertThat(slot.read(VERSION, 4)).isEqualTo(layout.version());
        assertThat(slot.read(VENDOR_ID, 4)).isEqualTo(0x554d4551);
        assertThat(slot.read(DEVICE_ID, 4)).isZero();
        assertThat(slot.read(QUEUE_NUM_MAX, 4)).isZero();
        slot.write(STATUS, 4, 1);
        assertThat(slot.read(STATUS, 4)).isZero();
        assertThat(slot.size()).isEqualTo(0x200);
    }
}
