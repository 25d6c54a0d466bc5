package strata.cpu.dev;

import java.util.function.IntConsumer;
import strata.cpu.bus.Device;

/**
 * The ns16550a UART of QEMU's virt board, register for register as QEMU's {@code serial.c}
 * behaves: receive and transmit FIFOs, the interrupt identification priorities, the divisor
 * latch, loopback, scratch; the character timeout of the receive FIFO runs on the machine's
 * clock, so it fires at the same instruction in every run.
 *
 * <p>Every access, whatever its width, reads or writes the one 8-bit register at its offset (a
 * word load from offset 0 pops one byte), as on QEMU. Transmission is instantaneous: a byte
 * written to THR goes to the console at once and THRE is set again before the next instruction.
 * Bytes from the console come in through {@link #receive}, one at a time, when the machine
 * decides to deliver one (see {@link #wantsInput}).
 */
public final class Uart16550 implements Device, Timed {
    /** The register window: eight byte registers. */
    public static final int SIZE = 8;
    /** The UART's input clock, the device tree's {@code clock-frequency}: 3.6864 MHz. */
    public static final int CLOCK_HZ = 3_686_400;
    private static final int FIFO_LENGTH = 16;

    private static final int RBR = 0, IER = 1, IIR = 2, LCR = 3, MCR = 4, LSR = 5, MSR = 6;

    private static final int IER_RDI = 0x01, IER_THRI = 0x02, IER_RLSI = 0x04, IER_MSI = 0x08;
    private static final int IIR_NO_INT = 0x01, IIR_MSI = 0x00, IIR_THRI = 0x02, IIR_RDI = 0x04,
            IIR_RLSI = 0x06, IIR_CTI = 0x0c, IIR_ID = 0x06, IIR_FIFO_ENABLED = 0xc0;
    private static final int LCR_DLAB = 0x80;
    private static final int MCR_LOOP = 0x10, MCR_OUT2 = 0x08;
    private static final int LSR_DR = 0x01, LSR_OE = 0x02, LSR_BI = 0x10, LSR_THRE = 0x20, LSR_TEMT = 0x40,
            LSR_INT_ANY = 0x1e;
    private static final int MSR_DCD = 0x80, MSR_DSR = 0x20, MSR_CTS = 0x10, MSR_ANY_DELTA = 0x0f;
    private static final int FCR_FE = 0x01, FCR_RFR = 0x02, FCR_XFR = 0x04, FCR_STICKY = 0xc9;
    /** FCR bits 7:6 select the receive trigger level. */
    private static final int[] TRIGGER_LEVELS = {1, 4, 8, 14};
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final IntConsumer console;
    private final InterruptLine irq;
    private final Clock clock;
    private final ByteFifo received = new ByteFifo(FIFO_LENGTH);

    private int rbr;
    private int ier;
    private int iir;
    private int lcr;
    private int mcr;
    private int lsr;
    private int msr;
    private int scr;
    private int fcr;
    private int divider;
    private int triggerLevel = 1;
    private boolean thrPending;
    private boolean timeoutPending;
    private long characterNanos;
    private long timeoutAt = Long.MAX_VALUE;
    /** The guest read RBR or LSR since the last byte came in: it is looking for input. */
    private boolean polled;
    /** Called when the guest moves the deadline. */
    private Runnable deadlineMoved = () -> { };

    /**
     * A UART whose transmitted bytes go to {@code console}, whose interrupt output is
     * {@code irq}, and whose receive timeout counts on {@code clock}.
     */
    public Uart16550(IntConsumer console, InterruptLine irq, Clock clock) {
        this.console = console;
        this.irq = irq;
        this.clock = clock;
        reset();
    }

    /** The state after power-on or a system reset, as QEMU's serial_reset leaves it. */
    public void reset() {
        rbr = 0;
        ier = 0;
        iir = IIR_NO_INT;
        lcr = 0;
        mcr = MCR_OUT2;
        lsr = LSR_TEMT | LSR_THRE;
        msr = MSR_DCD | MSR_DSR | MSR_CTS;
        scr = 0;
        fcr = 0;
        divider = 0x0c;
        characterNanos = NANOS_PER_SECOND / 9600 * 10;
        received.clear();
        thrPending = false;
        timeoutPending = false;
        timeoutAt = Long.MAX_VALUE;
        polled = false;
        irq.set(false);
    }

    @Override
    public String name() {
        return "uart0";
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public int read(int offset, int width) {
        switch (offset) {
            case RBR:
                return (lcr & LCR_DLAB) != 0 ? divider & 0xff : readReceiver();
            case IER:
                return (lcr & LCR_DLAB) != 0 ? divider >>> 8 & 0xff : ier;
            case IIR:
                return readInterruptIdentification();
            case LCR:
                return lcr;
            case MCR:
                return mcr;
            case LSR:
                return readLineStatus();
            case MSR:
                return readModemStatus();
            default:
                return scr;
        }
    }

    @Override
    public void write(int offset, int width, int value) {
        int v = value & 0xff;
        switch (offset) {
            case RBR -> {
                if ((lcr & LCR_DLAB) != 0) {
                    setDivider(divider & 0xff00 | v);
                } else {
                    transmit(v);
                }
            }
            case IER -> {
                if ((lcr & LCR_DLAB) != 0) {
                    setDivider(divider & 0x00ff | v << 8);
                } else {
                    ier = v & (IER_RDI | IER_THRI | IER_RLSI | IER_MSI);
                    if ((lsr & LSR_THRE) != 0) {
                        thrPending = true;
                        updateInterrupt();
                    }
                }
            }
            case IIR -> writeFifoControl(v);
            case LCR -> {
                lcr = v;
                updateParameters();
            }
            case MCR -> mcr = v & 0x1f;
            case LSR, MSR -> { }
            default -> scr = v;
        }
    }

    /**
     * Whether the machine should give the UART the next byte of console input now: the receiver
     * is empty, not in loopback, and the guest is listening (receive interrupts are enabled, or it
     * has read RBR or LSR since the last byte came).
     */
    public boolean wantsInput() {
        return received.isEmpty() && (lsr & LSR_DR) == 0 && (mcr & MCR_LOOP) == 0
                && ((ier & IER_RDI) != 0 || polled);
    }

    /** Whether the receiver can take another byte without an overrun. */
    public boolean canReceive() {
        if ((mcr & MCR_LOOP) != 0) {
            return false;
        }
        return (fcr & FCR_FE) != 0 ? !received.isFull() : (lsr & LSR_DR) == 0;
    }

    /** A byte arrives on the serial line, as from QEMU's character back end. */
    public void receive(int value) {
        polled = false;
        if ((fcr & FCR_FE) != 0) {
            putReceived(value);
            lsr |= LSR_DR;
            startTimeout();
        } else {
            if ((lsr & LSR_DR) != 0) {
                lsr |= LSR_OE;
            }
            rbr = value & 0xff;
            lsr |= LSR_DR;
        }
        updateInterrupt();
    }

    @Override
    public long nextDeadline() {
        return timeoutAt;
    }

    @Override
    public void advanceTo(long mtime) {
        if (mtime >= timeoutAt) {
            timeoutAt = Long.MAX_VALUE;
            if (!received.isEmpty()) {
                timeoutPending = true;
                updateInterrupt();
            }
        }
    }

    @Override
    public void onDeadlineChange(Runnable listener) {
        deadlineMoved = listener;
    }

    private int readReceiver() {
        polled = true;
        int value;
        if ((fcr & FCR_FE) != 0) {
            value = received.isEmpty() ? 0 : received.pop();
            if (received.isEmpty()) {
                lsr &= ~(LSR_DR | LSR_BI);
                timeoutAt = Long.MAX_VALUE;
            } else {
                startTimeout();
            }
            timeoutPending = false;
        } else {
            value = rbr;
            lsr &= ~(LSR_DR | LSR_BI);
        }
        updateInterrupt();
        return value;
    }

    private int readInterruptIdentification() {
        int value = iir;
        if ((value & IIR_ID) == IIR_THRI) {
            thrPending = false;
            updateInterrupt();
        }
        return value;
    }

    private int readLineStatus() {
        polled = true;
        int value = lsr;
        if ((lsr & (LSR_BI | LSR_OE)) != 0) {
            lsr &= ~(LSR_BI | LSR_OE);
            updateInterrupt();
        }
        return value;
    }

    /** In loopback the modem outputs (DTR, RTS, OUT1, OUT2) come back as DSR, CTS, RI, DCD. */
    private int readModemStatus() {
        if ((mcr & MCR_LOOP) != 0) {
            return (mcr & 0x0c) << 4 | (mcr & 0x02) << 3 | (mcr & 0x01) << 5;
        }
        int value = msr;
        if ((msr & MSR_ANY_DELTA) != 0) {
            msr &= 0xf0;
            updateInterrupt();
        }
        return value;
    }

    private void transmit(int value) {
        thrPending = false;
        lsr &= ~(LSR_THRE | LSR_TEMT);
        updateInterrupt();
        if ((mcr & MCR_LOOP) != 0) {
            receive(value);
        } else {
            console.accept(value);
        }
        lsr |= LSR_THRE | LSR_TEMT;
        thrPending = true;
        updateInterrupt();
    }

    private void writeFifoControl(int value) {
        if (value == fcr) {
            return;
        }
        int v = value;
        if (((v ^ fcr) & FCR_FE) != 0) {
            v |= FCR_XFR | FCR_RFR;
        }
        if ((v & FCR_RFR) != 0) {
            timeoutAt = Long.MAX_VALUE;
            timeoutPending = false;
            received.clear();
        }
        if ((v & FCR_FE) != 0) {
            iir |= IIR_FIFO_ENABLED;
            triggerLevel = TRIGGER_LEVELS[v >>> 6];
        } else {
            iir &= ~IIR_FIFO_ENABLED;
        }
        fcr = v & FCR_STICKY;
        updateInterrupt();
    }

    private void putReceived(int value) {
        if (received.isFull()) {
            lsr |= LSR_OE;
        } else {
            received.push(value & 0xff);
        }
    }

    private void setDivider(int value) {
        divider = value;
        updateParameters();
    }

    /** The time one character takes on the line (start, data, parity and stop bits) at the set rate. */
    private void updateParameters() {
        if (divider == 0) {
            return;
        }
        int frameBits = 1 + (lcr & 0x03) + 5 + ((lcr & 0x04) != 0 ? 2 : 1) + ((lcr & 0x08) != 0 ? 1 : 0);
        int speed = CLOCK_HZ / divider;
        characterNanos = NANOS_PER_SECOND / speed * frameBits;
    }

    /** The receive timeout fires four character times after the last byte came or went. */
    private void startTimeout() {
        long ticks = (characterNanos * 4 * Clock.FREQUENCY + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
        timeoutAt = clock.mtime() + ticks;
        deadlineMoved.run();
    }

    /** The interrupt identification in priority order: line status, timeout, data, THR empty, modem. */
    private void updateInterrupt() {
        int id = IIR_NO_INT;
        if ((ier & IER_RLSI) != 0 && (lsr & LSR_INT_ANY) != 0) {
            id = IIR_RLSI;
        } else if ((ier & IER_RDI) != 0 && timeoutPending) {
            id = IIR_CTI;
        } else if ((ier & IER_RDI) != 0 && (lsr & LSR_DR) != 0
                && ((fcr & FCR_FE) == 0 || received.size() >= triggerLevel)) {
            id = IIR_RDI;
        } else if ((ier & IER_THRI) != 0 && thrPending) {
            id = IIR_THRI;
        } else if ((ier & IER_MSI) != 0 && (msr & MSR_ANY_DELTA) != 0) {
            id = IIR_MSI;
        }
        iir = id | iir & 0xf0;
        irq.set(id != IIR_NO_INT);
    }
}
