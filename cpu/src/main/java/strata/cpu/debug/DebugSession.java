package strata.cpu.debug;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Registers;
import strata.cpu.board.Machine;
import strata.cpu.board.ProgramSymbols;
import strata.cpu.board.Stop;
import strata.cpu.bus.Bus;
import strata.cpu.debug.StopEvent.Control;
import strata.cpu.hart.Csrs;
import strata.cpu.hart.Hart;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.mmu.Access;
import strata.cpu.trace.Stats;

/**
 * A debugger's hold on one {@link Machine}: the machine runs on its own emulator thread and is
 * steered from others (a terminal UI, a GDB connection). See docs/debug.md.
 *
 * <p>Threading rule. Controls ({@link #resume}, {@link #step}, ...) are taken while the machine
 * is stopped; {@link #pause} and {@link #kill} at any time. Inspection and changes of registers
 * and memory are allowed only while it is stopped (or ended) and throw
 * {@link IllegalStateException} while it runs: they hold the session's lock, which the emulator
 * thread needs before it can run again. While it runs, {@link #snapshot} gives the copy the
 * emulator thread published last (at most one burst old) and asks it for a newer one, and
 * breakpoints and the other conditions may be changed: the emulator thread reads them afresh at
 * every burst. Listeners hear each stop on the emulator thread holding the session's lock:
 * they may inspect and give the next control, and nobody else sees the stop before they return
 * (so they must not wait for another thread that uses the session).
 */
public final class DebugSession implements AutoCloseable {
    /** What the machine is doing. */
    public enum State { RUNNING, STOPPED, ENDED }

    private static final int SP = Registers.x("sp");
    private static final int RA = Registers.x("ra");

    private final Machine machine;
    private final Hart hart;
    private final Bus bus;
    private final long instructionLimit;
    private final Runnable wakeIdle;
    private final Runner runner;
    private final Inspector inspector;
    private final ProgramSymbols symbols;
    private final List<Consumer<StopEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile Conditions conditions = Conditions.NONE;
    private volatile boolean pauseRequested;
    private volatile boolean snapshotAsked;
    private volatile Snapshot published;
    private volatile State state = State.STOPPED;
    /** The next goal a control gave, until the emulator thread takes it; guarded by the lock. */
    private Goal command;
    private StopEvent lastEvent;
    private int nextNumber = 1;
    private long runningNanos;
    private long runningSince;
    private Thread thread;

    /** A session on {@code machine} with no instruction limit and nothing to wake in its idle waits. */
    public DebugSession(Machine machine) {
        this(machine, Long.MAX_VALUE, () -> { });
    }

    /**
     * A session on {@code machine} that ends the run after {@code instructionLimit} instructions;
     * {@code wakeIdle} ends a wait of the machine for typed input (such as
     * {@link strata.cpu.board.TypedInput#wake}), so a pause lands at once even then.
     */
    public DebugSession(Machine machine, long instructionLimit, Runnable wakeIdle) {
        this.machine = machine;
        this.hart = machine.hart();
        this.bus = machine.bus();
        this.instructionLimit = instructionLimit;
        this.wakeIdle = wakeIdle;
        this.runner = new Runner(this, hart, bus);
        this.inspector = new Inspector(hart, bus);
        this.symbols = new ProgramSymbols(machine.program().elf());
        machine.runUnder(runner);
        published = snapshotNow();
        lastEvent = new StopEvent.Paused(hart.pc());
    }

    /** Adds a listener that hears every stop, on the emulator thread. */
    public void addListener(Consumer<StopEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Starts the emulator thread: held at the reset vector until a control (as QEMU's -S) when
     * {@code held}, else running at once. Once only.
     */
    public void start(boolean held) {
        lock.lock();
        try {
            if (thread != null) {
                throw new IllegalStateException("the session has started already");
            }
            if (!held) {
                runner.begin(new Goal.Continue());
                state = State.RUNNING;
                runningSince = System.nanoTime();
            }
            thread = new Thread(this::emulate, "strata-emulator");
            thread.setDaemon(true);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    private void emulate() {
        try {
            while (true) {
                long left = instructionLimit - runner.executed();
                Stop stop = left > 0 ? machine.run(left) : null;
                if (stop == null || stop instanceof Stop.InstructionLimit) {
                    stop = new Stop.InstructionLimit(instructionLimit);
                }
                runner.clear();
                StopEvent event = new StopEvent.MachineStopped(stop, hart.pc());
                Goal next = stop instanceof Stop.Quit ? new Goal.Kill() : park(event);
                if (next instanceof Goal.Kill) {
                    end(stop instanceof Stop.Quit ? event : new StopEvent.MachineStopped(new Stop.Quit(), hart.pc()));
                    return;
                }
                runner.begin(next);
            }
        } catch (RuntimeException | Error e) {
            end(new StopEvent.Failed(String.valueOf(e), hart.pc()));
        }
    }

    private void end(StopEvent event) {
        lock.lock();
        try {
            stopClock();
            lastEvent = event;
            state = State.ENDED;
            published = snapshotNow();
            tell(event);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The emulator thread stops: records {@code event} (null: none, the session was held), tells
     * the listeners, waits for the next goal and returns it. Called by the runner and the loop.
     */
    Goal park(StopEvent event) {
        lock.lock();
        try {
            if (event == null && command != null) {
                return takeCommand();
            }
            stopClock();
            if (event != null) {
                lastEvent = event;
            }
            state = State.STOPPED;
            published = snapshotNow();
            if (event != null) {
                tell(event);
            }
            changed.signalAll();
            while (command == null) {
                changed.awaitUninterruptibly();
            }
            return takeCommand();
        } finally {
            lock.unlock();
        }
    }

    /** The command a control gave; with the lock held. */
    private Goal takeCommand() {
        Goal next = command;
        command = null;
        runningSince = System.nanoTime();
        return next;
    }

    private void tell(StopEvent event) {
        for (Consumer<StopEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    private void stopClock() {
        if (state == State.RUNNING) {
            runningNanos += System.nanoTime() - runningSince;
        }
    }

    /** The conditions now; the runner reads them at every burst. */
    Conditions conditions() {
        return conditions;
    }

    /** True (once) if someone asked for a pause since the last control. */
    boolean takePause() {
        if (pauseRequested) {
            pauseRequested = false;
            return true;
        }
        return false;
    }

    /** On the emulator thread: publishes a snapshot if someone asked for one. */
    void publishIfAsked() {
        if (snapshotAsked) {
            snapshotAsked = false;
            published = snapshotNow();
        }
    }

    private Snapshot snapshotNow() {
        int[] registers = new int[32];
        for (int i = 0; i < 32; i++) {
            registers[i] = hart.x(i);
        }
        long nanos = runningNanos + (state == State.RUNNING ? System.nanoTime() - runningSince : 0);
        return new Snapshot(state, hart.pc(), hart.privilege(), registers, machine.mtime(), Stats.of(hart, bus, nanos));
    }

    // ---- controls

    /** Runs until something stops the machine. */
    public void resume() {
        command(() -> new Goal.Continue());
    }

    /** Runs one instruction; if an interrupt is pending, enters its handler instead and stops at its first instruction. */
    public void step() {
        command(() -> new Goal.Step());
    }

    /**
     * Steps over a call: at a {@code jal} or {@code jalr} that links (rd not x0), runs until the
     * pc is the return address with the stack pointer it has now; otherwise steps.
     */
    public void stepOver() {
        command(() -> {
            int pc = hart.pc();
            long word = Inspector.peekVirtual(hart, bus, pc, Access.FETCH, 4);
            Opcode op = word == Bus.FAULT ? null : Opcode.decode((int) word);
            boolean call = (op == Opcode.JAL || op == Opcode.JALR) && Encoding.rd((int) word) != 0;
            return call ? new Goal.Reach(Control.STEP_OVER, pc + 4, hart.x(SP)) : new Goal.Step();
        });
    }

    /**
     * Runs to the return of the current function: until the pc is the address {@code ra} holds
     * now, with sp at or above (unsigned) its value now (so a deeper recursive call returning to
     * the same place does not count). Right at a function's entry or anywhere in a leaf that
     * keeps ra, that is its return; once a function has called another, ra is no longer its own.
     */
    public void finish() {
        command(() -> new Goal.Reach(Control.FINISH, hart.x(RA), hart.x(SP)));
    }

    /** Runs until the pc is {@code address} (breakpoints and the other conditions still stop it). */
    public void runTo(int address) {
        command(() -> new Goal.Reach(Control.RUN_TO, address, 0));
    }

    /** Runs until the pc is at {@code symbolOrAddress}: a symbol of the program or a number. */
    public void runTo(String symbolOrAddress) {
        runTo(resolve(symbolOrAddress));
    }

    /** Stops a running machine at its next instruction boundary; nothing if it is not running. */
    public void pause() {
        if (state == State.RUNNING) {
            pauseRequested = true;
            machine.wake();
            wakeIdle.run();
        }
    }

    /** Ends the run (the machine quits) and the emulator thread with it; any time. */
    public void kill() {
        machine.requestQuit();
        lock.lock();
        try {
            if (state == State.STOPPED && command == null) {
                command = new Goal.Kill();
                state = State.RUNNING;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        wakeIdle.run();
    }

    /** Kills the machine and waits for the emulator thread to end. */
    @Override
    public void close() {
        kill();
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void command(Supplier<Goal> goal) {
        lock.lock();
        try {
            if (state != State.STOPPED || command != null) {
                throw new IllegalStateException(state == State.ENDED ? "the machine has ended" : "the machine is running");
            }
            command = goal.get();
            pauseRequested = false;
            state = State.RUNNING;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the machine is not running and returns why it stopped. */
    public StopEvent awaitStop() {
        lock.lock();
        try {
            while (state == State.RUNNING) {
                changed.awaitUninterruptibly();
            }
            return lastEvent;
        } finally {
            lock.unlock();
        }
    }

    /** As {@link #awaitStop()}, giving up after {@code timeout}: null if it still runs. */
    public StopEvent awaitStop(Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (state == State.RUNNING) {
                if (left <= 0) {
                    return null;
                }
                left = changed.awaitNanos(left);
            }
            return lastEvent;
        } finally {
            lock.unlock();
        }
    }

    // ---- breakpoints, watchpoints, trap and privilege breaks (any time)

    /** A breakpoint at virtual {@code address}; numbers are shared with watchpoints, from 1. */
    public Breakpoint addBreakpoint(int address) {
        Breakpoint[] added = new Breakpoint[1];
        change(now -> now.withBreakpoint(added[0] = new Breakpoint(nextNumber++, address)));
        return added[0];
    }

    /** A breakpoint at a symbol of the program or a number; {@link IllegalArgumentException} if it is neither. */
    public Breakpoint addBreakpoint(String symbolOrAddress) {
        return addBreakpoint(resolve(symbolOrAddress));
    }

    /** A watchpoint on {@code length} bytes at {@code address} in {@code space}. */
    public Watchpoint addWatchpoint(Watchpoint.Kind kind, AddressSpace space, long address, int length) {
        Watchpoint[] added = new Watchpoint[1];
        change(now -> now.withWatchpoint(added[0] = new Watchpoint(nextNumber++, kind, space, address, length)));
        return added[0];
    }

    /** Removes breakpoint or watchpoint {@code number}; false if there is none. */
    public boolean remove(int number) {
        return change(now -> now.without(number));
    }

    /** Stops when the hart takes any of {@code causes} (none: no such break), at the handler's first instruction. */
    public void breakOnTraps(Set<TrapCause> causes) {
        change(now -> now.withTraps(causes));
    }

    /** Every exception cause, or every interrupt cause, for {@link #breakOnTraps}. */
    public static Set<TrapCause> causes(boolean interrupts) {
        Set<TrapCause> causes = EnumSet.noneOf(TrapCause.class);
        for (TrapCause cause : TrapCause.values()) {
            if (cause.isInterrupt() == interrupts) {
                causes.add(cause);
            }
        }
        return causes;
    }

    /** Stops (or no longer stops) when the privilege changes, at the first instruction in the new mode. */
    public void breakOnPrivilegeChange(boolean on) {
        change(now -> now.withPrivilegeChanges(on));
    }

    /** Replaces the conditions by {@code how} applied to them; true if they changed. */
    private boolean change(UnaryOperator<Conditions> how) {
        lock.lock();
        try {
            Conditions before = conditions;
            conditions = how.apply(before);
            return !conditions.equals(before);
        } finally {
            lock.unlock();
        }
    }

    public List<Breakpoint> breakpoints() {
        return conditions.breakpoints();
    }

    public List<Watchpoint> watchpoints() {
        return conditions.watchpoints();
    }

    public Set<TrapCause> trapBreaks() {
        return conditions.traps();
    }

    public boolean breaksOnPrivilegeChange() {
        return conditions.privilegeChanges();
    }

    /** The address {@code text} names: a symbol of the program or a number. */
    public int resolve(String text) {
        long address = ProgramSymbols.address(machine.program(), text);
        if (address < 0) {
            throw new IllegalArgumentException(text + ": neither a symbol of the program nor an address");
        }
        return (int) address;
    }

    /** The program's symbols, to name addresses. */
    public ProgramSymbols symbols() {
        return symbols;
    }

    // ---- state and inspection

    public State state() {
        return state;
    }

    /** Why the machine stopped last (at the start: paused at the reset vector). */
    public StopEvent lastEvent() {
        lock.lock();
        try {
            return lastEvent;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The machine now if it is stopped; while it runs, the last copy the emulator thread
     * published (it publishes a newer one at its next burst, within milliseconds).
     */
    public Snapshot snapshot() {
        lock.lock();
        try {
            if (state != State.RUNNING) {
                return snapshotNow();
            }
        } finally {
            lock.unlock();
        }
        snapshotAsked = true;
        return published;
    }

    public int pc() {
        return inspect(hart::pc);
    }

    public void setPc(int pc) {
        inspect(() -> {
            hart.setPc(pc);
            return null;
        });
    }

    /** Integer register {@code index}, 0..31. */
    public int register(int index) {
        return inspect(() -> hart.x(index));
    }

    /** Sets integer register {@code index} (x0 stays zero). */
    public void setRegister(int index, int value) {
        inspect(() -> {
            hart.setX(index, value);
            return null;
        });
    }

    public Privilege privilege() {
        return inspect(hart::privilege);
    }

    /** The hart's CSRs, to list those it implements (their values: {@link #csr}). */
    public Csrs csrs() {
        return hart.csrs();
    }

    /** True if CSR {@code number} exists on the hart. */
    public boolean hasCsr(int number) {
        return hart.csrs().implemented(number);
    }

    /** CSR {@code number} as M-mode reads it, without side effects; 0 if it does not exist. */
    public int csr(int number) {
        return inspect(() -> hart.csr(number));
    }

    /** Writes CSR {@code number} as M-mode software would; false if it does not exist or is read-only. */
    public boolean setCsr(int number, int value) {
        return inspect(() -> inspector.writeCsr(number, value));
    }

    /** {@code length} bytes of memory (RAM or ROM) at {@code address}; null if any of them cannot be read. */
    public byte[] readMemory(AddressSpace space, long address, int length) {
        return inspect(() -> space == AddressSpace.PHYSICAL ? inspector.readPhysical(space.normalize(address), length)
                : inspector.readVirtual((int) address, length));
    }

    /** Writes {@code data} to RAM at {@code address}; false, with nothing written, unless all of it is RAM. */
    public boolean writeMemory(AddressSpace space, long address, byte[] data) {
        return inspect(() -> space == AddressSpace.PHYSICAL ? inspector.writePhysical(space.normalize(address), data)
                : inspector.writeVirtual((int) address, data));
    }

    /** The physical address the debugger reads virtual {@code va} at, or -1 if it is not mapped. */
    public long translate(int va) {
        return inspect(() -> inspector.translate(va));
    }

    /** The page-table walk of virtual {@code va} under the current satp. */
    public PageWalk walk(int va) {
        return inspect(() -> inspector.walk(va));
    }

    /** The TLB entries the hart uses in its current mode. */
    public List<TlbEntry> tlb() {
        return inspect(inspector::tlb);
    }

    private <T> T inspect(Supplier<T> body) {
        lock.lock();
        try {
            if (state == State.RUNNING) {
                throw new IllegalStateException("the machine is running: pause it first");
            }
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout} for the emulator thread to end; true if it has. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        if (thread == null) {
            return true;
        }
        thread.join(TimeUnit.NANOSECONDS.toMillis(timeout.toNanos()) + 1);
        return !thread.isAlive();
    }
}
