package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Goldfish RTC's time and alarm, as QEMU's goldfish_rtc.c. */
class GoldfishRtcTest {
    private static final int TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c,
            IRQ_ENABLED = 0x10, CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c;
    private static final long START = 1_700_000_000_000_000_000L;

    private final ManualClock clock = new ManualClock();
    private final Wire irq = new Wire();
    private final GoldfishRtc rtc = new GoldfishRtc(clock, irq, START);

    @Test
    void timeIsTheStartPlusOneHundredNanosecondsATick() {
        clock.set(12345);
        assertThat(rtc.nanos()).isEqualTo(START + 1_234_500);
        long low = Integer.toUnsignedLong(rtc.read(TIME_LOW, 4));
        long high = Integer.toUnsignedLong(rtc.read(TIME_HIGH, 4));
        assertThat(high << 32 | low).isEqualTo(START + 1_234_500);
    }

    @Test
    void readingTheLowWordLatchesTheHighWord() {
        clock.set(0);
        rtc.write(TIME_HIGH, 4, 0);
        rtc.write(TIME_LOW, 4, 0xffff_ff00);
        assertThat(rtc.read(TIME_LOW, 4)).isEqualTo(0xffff_ff00);
        clock.set(10);
        assertThat(rtc.read(TIME_HIGH, 4)).as("latched before the carry").isZero();
        assertThat(rtc.read(TIME_LOW, 4)).isEqualTo(0x0000_02e8);
        assertThat(rtc.read(TIME_HIGH, 4)).isEqualTo(1);
    }

    @Test
    void anAlarmInTheFutureRingsAtItsTickAndInterruptsWhenEnabled() {
        rtc.write(IRQ_ENABLED, 4, 1);
        long at = START + 1050;
        rtc.write(ALARM_HIGH, 4, (int) (at >>> 32));
        rtc.write(ALARM_LOW, 4, (int) at);
        assertThat(rtc.read(ALARM_STATUS, 4)).isEqualTo(1);
        assertThat(rtc.nextDeadline()).as("the first tick at or after 1050 ns").isEqualTo(11);
        clock.set(10);
        rtc.advanceTo(10);
        assertThat(irq.high()).isFalse();
        clock.set(11);
        rtc.advanceTo(11);
        assertThat(irq.high()).isTrue();
        assertThat(rtc.read(ALARM_STATUS, 4)).isZero();
        assertThat(rtc.nextDeadline()).isEqualTo(Long.MAX_VALUE);
        rtc.write(CLEAR_INTERRUPT, 4, 0);
        assertThat(irq.high()).isFalse();
    }

    @Test
    void anAlarmAlreadyDueRingsAtOnceButInterruptsOnlyWhenEnabled() {
        rtc.write(ALARM_HIGH, 4, 0);
        rtc.write(ALARM_LOW, 4, 5);
        assertThat(irq.high()).isFalse();
        rtc.write(IRQ_ENABLED, 4, 3);
        assertThat(rtc.read(IRQ_ENABLED, 4)).isEqualTo(1);
        assertThat(irq.high()).isTrue();
    }

    @Test
    void anAlarmTwoToThe63NanosecondsAheadRingsAtOnceAsOnQemu() {
        rtc.write(IRQ_ENABLED, 4, 1);
        rtc.write(ALARM_HIGH, 4, -1);
        rtc.write(ALARM_LOW, 4, 0x0765_4321);
        assertThat(rtc.read(ALARM_STATUS, 4)).isZero();
        assertThat(irq.high()).isTrue();
    }

    @Test
    void clearingTheAlarmStopsIt() {
        long at = START + 5000;
        rtc.write(ALARM_HIGH, 4, (int) (at >>> 32));
        rtc.write(ALARM_LOW, 4, (int) at);
        rtc.write(CLEAR_ALARM, 4, 0);
        assertThat(rtc.nextDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(rtc.read(ALARM_LOW, 4)).isEqualTo((int) at);
    }

    @Test
    void settingTheTimeDoesNotMoveARunningAlarm() {
        long at = START + 5000;
        rtc.write(ALARM_HIGH, 4, (int) (at >>> 32));
        rtc.write(ALARM_LOW, 4, (int) at);
        rtc.write(TIME_HIGH, 4, 0);
        assertThat(rtc.nextDeadline()).isEqualTo(50);
    }

    @Test
    void aResetDropsTheAlarmButTheTimeGoesOn() {
        rtc.write(IRQ_ENABLED, 4, 1);
        long at = START + 5000;
        rtc.write(ALARM_HIGH, 4, (int) (at >>> 32));
        rtc.write(ALARM_LOW, 4, (int) at);
        clock.set(20);
        rtc.reset();
        assertThat(rtc.nanos()).isEqualTo(START + 2000);
        assertThat(rtc.nextDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(rtc.read(IRQ_ENABLED, 4)).isZero();
    }

    @Test
    void settingAnAlarmTellsTheMachineTheDeadlineMoved() {
        int[] moves = new int[1];
        rtc.onDeadlineChange(() -> moves[0]++);
        long at = START + 5000;
        rtc.write(ALARM_HIGH, 4, (int) (at >>> 32));
        rtc.write(ALARM_LOW, 4, (int) at);
        assertThat(moves[0]).isEqualTo(1);
    }

    @Test
    void wordsOnly() {
        // QEMU 7.2: lh from 0x101000 is a load access fault.
        assertThat(rtc.accepts(0, 2)).isFalse();
        assertThat(rtc.accepts(0, 4)).isTrue();
    }
}
