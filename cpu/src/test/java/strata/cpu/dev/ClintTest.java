package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CLINT's registers and timer, as QEMU's ACLINT behaves. */
class ClintTest {
    private static final int MSIP = 0x0, MTIMECMP = 0x4000, MTIME = 0xbff8;

    private final ManualClock clock = new ManualClock();
    private final Wire software = new Wire();
    private final Wire timer = new Wire();
    private final Clint clint = new Clint(clock, new InterruptLine[] {software}, new InterruptLine[] {timer});

    @Test
    void theTimerInterruptIsPendingAtPowerOnBecauseMtimecmpStartsAtZero() {
        // QEMU 7.2: mip reads 0x80 (MTIP) at the first instruction.
        assertThat(timer.high()).isTrue();
        assertThat(clint.read(MTIMECMP, 4)).isZero();
        assertThat(clint.nextDeadline()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void mtimeCountsTheMachinesTicks() {
        clock.set(0x1_2345_6789L);
        assertThat(clint.mtime()).isEqualTo(0x1_2345_6789L);
        assertThat(clint.read(MTIME, 4)).isEqualTo(0x2345_6789);
        assertThat(clint.read(MTIME + 4, 4)).isEqualTo(1);
    }

    @Test
    void aFutureMtimecmpLowersTheInterruptUntilTimeReachesIt() {
        clint.write(MTIMECMP + 4, 4, 0);
        clint.write(MTIMECMP, 4, 1000);
        assertThat(timer.high()).isFalse();
        assertThat(clint.read(MTIMECMP, 4)).isEqualTo(1000);
        assertThat(clint.nextDeadline()).isEqualTo(1000);
        clock.set(999);
        clint.advanceTo(999);
        assertThat(timer.high()).isFalse();
        clock.set(1000);
        clint.advanceTo(1000);
        assertThat(timer.high()).isTrue();
        assertThat(clint.nextDeadline()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void writingMtimecmpOrMtimeTellsTheMachineTheDeadlineMoved() {
        int[] moves = new int[1];
        clint.onDeadlineChange(() -> moves[0]++);
        clint.write(MTIMECMP, 4, 5);
        clint.write(MTIME, 4, 3);
        clint.write(MSIP, 4, 1);
        assertThat(moves[0]).isEqualTo(2);
    }

    @Test
    void mtimecmpIsComparedUnsigned() {
        clint.write(MTIMECMP, 4, -1);
        clint.write(MTIMECMP + 4, 4, -1);
        assertThat(timer.high()).isFalse();
        assertThat(clint.read(MTIMECMP + 4, 4)).isEqualTo(-1);
        assertThat(clint.nextDeadline()).as("2^64 - 1 ticks away: never").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void writingMtimeMovesTimeForTheHartsAndTheDeadline() {
        clock.set(500);
        clint.write(MTIMECMP + 4, 4, 0);
        clint.write(MTIMECMP, 4, 2000);
        clint.write(MTIME, 4, 1500);
        assertThat(clint.mtime()).isEqualTo(1500);
        assertThat(clint.nextDeadline()).as("machine time 500 is mtime 1500").isEqualTo(1000);
        clint.write(MTIME, 4, 2500);
        assertThat(timer.high()).isTrue();
        clint.write(MTIME + 4, 4, 1);
        assertThat(clint.mtime()).isEqualTo(0x1_0000_09c4L);
    }

    @Test
    void msipIsBitZeroOfItsWord() {
        clint.write(MSIP, 4, 0xffff_ffff);
        assertThat(software.high()).isTrue();
        assertThat(clint.read(MSIP, 4)).isEqualTo(1);
        clint.write(MSIP, 4, 2);
        assertThat(software.high()).isFalse();
        assertThat(clint.read(MSIP, 4)).isZero();
    }

    @Test
    void registersOfHartsThatDoNotExistReadZeroAndIgnoreWrites() {
        clint.write(MSIP + 4, 4, 1);
        clint.write(MTIMECMP + 8, 4, 5);
        assertThat(clint.read(MSIP + 4, 4)).isZero();
        assertThat(clint.read(MTIMECMP + 8, 4)).isZero();
        assertThat(software.drives()).isEqualTo(1);
    }

    @Test
    void onlyAlignedWordsAreAccepted() {
        // QEMU 7.2: lb from 0x2000000 is a load access fault.
        assertThat(clint.accepts(MSIP, 4)).isTrue();
        assertThat(clint.accepts(MSIP, 1)).isFalse();
        assertThat(clint.accepts(MTIME, 2)).isFalse();
        assertThat(clint.accepts(MTIME + 2, 4)).isFalse();
    }

    @Test
    void resetRestoresMtimeZeroAndThePendingTimer() {
        clock.set(700);
        clint.write(MTIMECMP, 4, 5000);
        clint.write(MSIP, 4, 1);
        clint.reset();
        assertThat(clint.mtime()).isZero();
        assertThat(timer.high()).isTrue();
        assertThat(software.high()).isFalse();
    }
}
