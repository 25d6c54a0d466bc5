package strata.cpu.board;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
import strata.assembler.isa.Csr;
import strata.cpu.bus.Bus;
import strata.cpu.dev.BootRom;
import strata.cpu.dev.Clint;
import strata.cpu.dev.Clock;
import strata.cpu.dev.GoldfishRtc;
import strata.cpu.dev.Htif;
import strata.cpu.dev.InterruptLine;
import strata.cpu.dev.Plic;
import strata.cpu.dev.PowerControl;
import strata.cpu.dev.SifiveTest;
import strata.cpu.dev.Timed;
import strata.cpu.dev.Uart16550;
import strata.cpu.dev.virtio.DiskImage;
import strata.cpu.dev.virtio.Layout;
import strata.cpu.hart.Hart;
import strata.cpu.trace.CommitLog;

/**
 * Strata's virt board with one hart, a program loaded as QEMU's {@code -bios none -kernel}
 * loads it, and the run loop that keeps time.
 *
 * <p>The loop runs the hart in bursts that end at the next deadline of a timed device (the
 * CLINT's timer, the UART's receive timeout, the RTC's alarm) or the next input point, so every
 * timer interrupt lands on the instruction where mtime reaches it. Under the virtual clock (the
 * default) time is the hart's cycle count and a hart asleep in WFI skips straight to the next
 * deadline: the same program and input give the same run, instruction for instruction. Console
 * input is offered to the UART at fixed points of that time (every millisecond) and whenever the
 * hart sleeps, one byte at a time and only while the guest listens ({@link Uart16550#wantsInput}).
 * Under the host clock, time is the host's and a sleeping hart sleeps.
 */
public final class Machine {
    /** Console input is offered every millisecond of machine time to a guest that polls for it. */
    static final long INPUT_PERIOD = Clock.FREQUENCY / 1000;
    /** The most instructions between two looks at the devices and the console. */
    private static final long MAX_BURST = 1_000_000;
    /** Under the host clock, the devices catch up with the time this often. */
    private static final long HOST_BURST = 20_000;
    /** How long an idle machine waits for a person to type, before it looks again. */
    private static final long IDLE_WAIT_NANOS = 100_000_000L;
    private static final long NANOS_PER_TICK = 1_000_000_000L / Clock.FREQUENCY;
    /** The RTC under the virtual clock starts at 2025-01-01 00:00:00 UTC, in every run. */
    public static final long VIRTUAL_EPOCH_NANOS = 1_735_689_600L * 1_000_000_000L;

    /** Where time comes from. */
    public enum ClockMode { VIRTUAL, HOST }

    /**
     * How to build the machine: RAM size, time base, the console's two sides, the disk in the
     * block device's slot (null: none), the virtio-mmio register layout and an initial RAM disk
     * (null: none), placed as QEMU's {@code -initrd} places one.
     */
    public record Config(int ramSize, ClockMode clock, ConsoleInput input, OutputStream console, DiskImage disk,
                         Layout virtio, byte[] initrd) {
        /** No disk, the legacy virtio layout (QEMU's default). */
        public Config(int ramSize, ClockMode clock, ConsoleInput input, OutputStream console) {
            this(ramSize, clock, input, console, null, Layout.LEGACY, null);
        }

        /** 128 MiB, virtual time, no input, output to {@code console}. */
        public static Config of(OutputStream console) {
            return new Config(VirtBoard.DEFAULT_RAM_SIZE, ClockMode.VIRTUAL, ConsoleInput.EMPTY, console);
        }

        public Config withRam(int size) {
            return new Config(size, clock, input, console, disk, virtio, initrd);
        }

        public Config withClock(ClockMode mode) {
            return new Config(ramSize, mode, input, console, disk, virtio, initrd);
        }

        public Config withInput(ConsoleInput source) {
            return new Config(ramSize, clock, source, console, disk, virtio, initrd);
        }

        /** A block device on {@code image} (the caller closes it after the run). */
        public Config withDisk(DiskImage image) {
            return new Config(ramSize, clock, input, console, image, virtio, initrd);
        }

        public Config withVirtio(Layout layout) {
            return new Config(ramSize, clock, input, console, disk, layout, initrd);
        }

        /** {@code bytes} as the initial RAM disk, named in the device tree's /chosen. */
        public Config withInitrd(byte[] bytes) {
            return new Config(ramSize, clock, input, console, disk, virtio, bytes);
        }
    }

    private final Config config;
    private final Program program;
    private final Bus bus = new Bus();
    private final Hart hart;
    private final Clock time;
    private final Clint clint;
    private final Plic plic;
    private final Uart16550 uart;
    private final GoldfishRtc rtc;
    private final Htif htif;
    private final VirtioSlots virtio;
    private final Timed[] timed;
    private final ConsoleOutput console;
    private final byte[] deviceTree;
    private final long fdtAddress;
    private final Loader.Placement placement;
    /** What runs the hart for up to n instructions (Hart.run's contract): the hart, or a commit log. */
    private LongUnaryOperator executor;
    private Stop powerOff;
    private boolean resetRequested;
    private volatile boolean quitRequested;
    /** What a sleep under the host clock waits on; {@link #wake} ends it early. */
    private final Object sleeper = new Object();
    private boolean woken;
    private boolean inputEnded;
    private long nextInputPoint;

    /** Builds the board, loads {@code program} and puts the hart at the reset vector. */
    public Machine(Program program, Config config) throws ProgramException {
        if (config.ramSize() < VirtBoard.MIN_RAM_SIZE || config.ramSize() > VirtBoard.MAX_RAM_SIZE
                || config.ramSize() % Bus.PAGE_SIZE != 0) {
            throw new IllegalArgumentException("RAM size " + config.ramSize() + " is not whole pages from "
                    + VirtBoard.MIN_RAM_SIZE + " to " + VirtBoard.MAX_RAM_SIZE);
        }
        this.config = config;
        this.program = program;
        this.console = new ConsoleOutput(config.console());
        bus.addRam(VirtBoard.DRAM, config.ramSize());
        Clint[] clintOfHart = new Clint[1];
        hart = new Hart(0, bus, () -> clintOfHart[0].mtime());
        time = config.clock() == ClockMode.VIRTUAL ? Clocks.virtual(hart::cycle) : Clocks.host();
        PowerControl power = new Power();
        clint = new Clint(time, new InterruptLine[] {hart.interruptLine(3)}, new InterruptLine[] {hart.interruptLine(7)});
        clintOfHart[0] = clint;
        plic = new Plic(hart.interruptLine(11), hart.interruptLine(9));
        uart = new Uart16550(console::write, plic.source(VirtBoard.UART0_IRQ), time);
        rtc = new GoldfishRtc(time, plic.source(VirtBoard.RTC_IRQ), rtcStart(config.clock()));
        bus.map(VirtBoard.TEST, new SifiveTest(power));
        bus.map(VirtBoard.RTC, rtc);
        bus.map(VirtBoard.CLINT, clint);
        bus.map(VirtBoard.PLIC, plic);
        bus.map(VirtBoard.UART0, uart);
        virtio = new VirtioSlots(bus, plic, config.virtio(), config.disk());
        timed = new Timed[] {clint, uart, rtc};
        for (Timed device : timed) {
            device.onDeadlineChange(() -> bus.requestStop("a deadline moved"));
        }
        long initrdStart = config.initrd() == null ? -1 : VirtBoard.initrdAddress(program.loadBase(), config.ramSize());
        deviceTree = DeviceTree.virt(config.ramSize(), DeviceTree.isa(hart.csr(Csr.MISA.number())), initrdStart,
                config.initrd() == null ? 0 : config.initrd().length);
        fdtAddress = VirtBoard.fdtAddress(config.ramSize(), deviceTree.length);
        placement = Loader.place(program, VirtBoard.DRAM, config.ramSize(), fdtAddress, deviceTree.length);
        if (config.initrd() != null && initrdStart + config.initrd().length > fdtAddress) {
            throw new ProgramException(String.format("the initrd (%,d bytes at 0x%08x) runs into the device tree at "
                    + "0x%08x: give the machine more RAM", config.initrd().length, initrdStart, fdtAddress));
        }
        bus.addRom(VirtBoard.MROM, BootRom.image((int) VirtBoard.DRAM, (int) fdtAddress, (int) program.loadBase()));
        load();
        long tohost = program.symbol("tohost");
        htif = tohost < 0 ? null : new Htif(bus, tohost, program.symbol("fromhost"), power, console::write);
        hart.setPc((int) VirtBoard.MROM);
        executor = hart::run;
    }

    /** From now on the hart runs under {@code log}, which writes what it executes. */
    public void trace(CommitLog log) {
        executor = log::run;
    }

    /**
     * From now on the hart runs under {@code runner}, which keeps {@link Hart#run}'s contract
     * (a debugger that decides how far the hart may go). The loop calls it after advancing the
     * devices, so a runner that blocks holds the whole machine at an instruction boundary.
     */
    public void runUnder(LongUnaryOperator runner) {
        executor = runner;
    }

    private static long rtcStart(ClockMode mode) {
        return mode == ClockMode.VIRTUAL ? VIRTUAL_EPOCH_NANOS : System.currentTimeMillis() / 1000 * 1_000_000_000L;
    }

    /** Copies the program's segments and the device tree into RAM, as at power-on and reset. */
    private void load() {
        for (Loader.Chunk chunk : placement.chunks()) {
            bus.writeBytes(chunk.address(), chunk.data());
            for (long at = chunk.data().length; at < chunk.size(); at += Bus.PAGE_SIZE) {
                bus.writeBytes(chunk.address() + at, new byte[(int) Math.min(Bus.PAGE_SIZE, chunk.size() - at)]);
            }
        }
        bus.writeBytes(fdtAddress, deviceTree);
        if (config.initrd() != null) {
            bus.writeBytes(VirtBoard.initrdAddress(program.loadBase(), config.ramSize()), config.initrd());
        }
    }

    /**
     * Runs until the guest powers off, {@code limit} instructions have run, the guest hangs or
     * the console quits; returns which. A powered-off machine stays off.
     */
    public Stop run(long limit) {
        long done = 0;
        while (true) {
            Stop stop = stopRequested();
            if (stop != null) {
                return stop;
            }
            if (done >= limit) {
                return new Stop.InstructionLimit(limit);
            }
            long now = time.mtime();
            for (Timed device : timed) {
                device.advanceTo(now);
            }
            if (now >= nextInputPoint) {
                offerInput();
                nextInputPoint = (now / INPUT_PERIOD + 1) * INPUT_PERIOD;
            }
            done += executor.applyAsLong(Math.min(limit - done, burst(now)));
            console.flush();
            if (hart.isWaitingForInterrupt() && !bus.stopRequested() && !quitRequested) {
                Stop hang = config.clock() == ClockMode.VIRTUAL ? idleVirtual() : idleHost();
                if (hang != null) {
                    return hang;
                }
            }
        }
    }

    /** Asks a running {@link #run} to return {@link Stop.Quit} soon; callable from any thread. */
    public void requestQuit() {
        quitRequested = true;
        wake();
    }

    private Stop stopRequested() {
        if (quitRequested) {
            return new Stop.Quit();
        }
        if (powerOff != null) {
            return powerOff;
        }
        if (bus.stopRequested()) {
            bus.clearStop();
            if (resetRequested) {
                reset();
            }
        }
        return null;
    }

    /** sifive_test's reset: devices and hart to their reset state, the program loaded again. */
    private void reset() {
        resetRequested = false;
        load();
        uart.reset();
        clint.reset();
        plic.reset();
        rtc.reset();
        virtio.reset();
        if (htif != null) {
            htif.reset();
        }
        hart.reset((int) VirtBoard.MROM);
        nextInputPoint = 0;
    }

    /** Instructions to run before the next deadline or input point. */
    private long burst(long now) {
        if (config.clock() == ClockMode.HOST) {
            return HOST_BURST;
        }
        long deadline = Math.min(nextDeadline(), nextInputPoint);
        if (deadline >= Long.MAX_VALUE / Clocks.CYCLES_PER_TICK) {
            return MAX_BURST;
        }
        return Math.max(1, Math.min(MAX_BURST, deadline * Clocks.CYCLES_PER_TICK - hart.cycle()));
    }

    private long nextDeadline() {
        long earliest = Long.MAX_VALUE;
        for (Timed device : timed) {
            earliest = Math.min(earliest, device.nextDeadline());
        }
        return earliest >= Long.MAX_VALUE / Clocks.CYCLES_PER_TICK ? Long.MAX_VALUE : earliest;
    }

    /**
     * Gives the UART the next byte of console input if the guest listens for one; true if a byte
     * was given. A non-interactive input is waited for here.
     */
    private boolean offerInput() {
        if (inputEnded || !uart.wantsInput()) {
            return false;
        }
        int value = config.input().next();
        if (value == ConsoleInput.END) {
            inputEnded = true;
            return false;
        }
        if (value == ConsoleInput.NONE) {
            return false;
        }
        uart.receive(value);
        return true;
    }

    /** Whether a person may still type something the sleeping guest listens for. */
    private boolean mayType() {
        return config.input().interactive() && !inputEnded && uart.wantsInput();
    }

    /**
     * The hart sleeps under virtual time: input first, else skip to the next deadline (at the
     * pace of the host's clock when a person may type, so typing lands when it is typed).
     */
    private Stop idleVirtual() {
        if (offerInput()) {
            return null;
        }
        long deadline = nextDeadline();
        if (deadline == Long.MAX_VALUE) {
            if (!mayType()) {
                return new Stop.Hang(hart.pc());
            }
            awaitTyping(IDLE_WAIT_NANOS);
            return null;
        }
        long now = time.mtime();
        long target = deadline;
        if (mayType()) {
            long started = System.nanoTime();
            awaitTyping(saturatedNanos(deadline - now));
            target = Math.min(deadline, now + (System.nanoTime() - started) / NANOS_PER_TICK);
        }
        hart.addIdleCycles(Math.max(0, target * Clocks.CYCLES_PER_TICK - hart.cycle()));
        return null;
    }

    /** The hart sleeps under host time: input first, else wait for the next deadline or typing. */
    private Stop idleHost() {
        if (offerInput()) {
            return null;
        }
        long deadline = nextDeadline();
        if (deadline == Long.MAX_VALUE && !mayType()) {
            return new Stop.Hang(hart.pc());
        }
        long nanos = deadline == Long.MAX_VALUE ? IDLE_WAIT_NANOS : saturatedNanos(deadline - time.mtime());
        long started = System.nanoTime();
        if (config.input().interactive()) {
            awaitTyping(nanos);
        } else {
            sleep(nanos);
        }
        hart.addIdleCycles((System.nanoTime() - started) / (NANOS_PER_TICK / Clocks.CYCLES_PER_TICK));
        return null;
    }

    private void awaitTyping(long nanos) {
        try {
            config.input().await(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            quitRequested = true;
        }
    }

    /** Sleeps under the host clock for up to {@code nanos}, or until {@link #wake}. */
    private void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        synchronized (sleeper) {
            try {
                while (!woken && deadline - System.nanoTime() > 0) {
                    TimeUnit.NANOSECONDS.timedWait(sleeper, deadline - System.nanoTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                quitRequested = true;
            }
            woken = false;
        }
    }

    /**
     * Ends the hart's current sleep under the host clock early, so the run loop looks around
     * again (a debugger pausing the machine); callable from any thread.
     */
    public void wake() {
        synchronized (sleeper) {
            woken = true;
            sleeper.notifyAll();
        }
    }

    private static long saturatedNanos(long ticks) {
        return ticks > Long.MAX_VALUE / NANOS_PER_TICK ? Long.MAX_VALUE : Math.max(0, ticks * NANOS_PER_TICK);
    }

    public Hart hart() {
        return hart;
    }

    public Bus bus() {
        return bus;
    }

    public Program program() {
        return program;
    }

    /** What the loader left out of RAM, for a warning. */
    public List<String> loadWarnings() {
        return placement.warnings();
    }

    /** The machine time now, in ticks of the 10 MHz timebase. */
    public long mtime() {
        return time.mtime();
    }

    /** The device tree blob the boot ROM passes in a1, and its address. */
    public byte[] deviceTree() {
        return deviceTree.clone();
    }

    public long deviceTreeAddress() {
        return fdtAddress;
    }

    /** Flushes the console; the first error writing it, or null. */
    public IOException finishConsole() {
        console.flush();
        return console.error();
    }

    /** sifive_test and HTIF reach the machine here. */
    private final class Power implements PowerControl {
        @Override
        public void powerOff(String device, boolean passed, long code) {
            if (powerOff == null) {
                powerOff = new Stop.PowerOff(device, passed, code);
            }
            bus.requestStop(device + " power-off");
        }

        @Override
        public void reset(String device) {
            resetRequested = true;
            bus.requestStop(device + " reset");
        }
    }
}
