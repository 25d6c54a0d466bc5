package strata.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.asm.Assembler;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Segment;
import strata.cpu.bus.Bus;
import strata.cpu.bus.Device;
import strata.cpu.hart.Hart;

/**
 * A minimal board for the hart's tests, at the addresses of QEMU's virt machine: RAM at
 * 0x80000000, a finisher at 0x100000 (any write stops the machine and records the value, as
 * sifive_test powers off), a UART at 0x10000000 that only transmits (a write to THR appends to
 * {@link #console}; LSR always says the transmitter is empty), and a clock tests set by hand.
 * MTIP is high, as on QEMU, whose CLINT comes out of reset with mtimecmp 0, already reached.
 * Programs are assembled and linked with Strata's own toolchain.
 */
public final class TestMachine {
    public static final long RAM_BASE = 0x80000000L;
    public static final long FINISHER = 0x100000L;
    public static final long UART = 0x10000000L;
    /** What sifive_test takes as "pass": the value a finished case writes. */
    public static final int PASS = 0x5555;

    public final Bus bus = new Bus();
    public final Hart hart;
    public final ObjectFile program;
    public long time;
    public Integer exitValue;
    public final StringBuilder console = new StringBuilder();

    private TestMachine(ObjectFile program, int ramSize) {
        this.program = program;
        bus.addRam(RAM_BASE, ramSize);
        bus.map(FINISHER, new SimpleDevice("finisher", 0x1000, offset -> 0, (offset, value) -> {
            exitValue = value;
            bus.requestStop("finisher " + value);
        }));
        bus.map(UART, new SimpleDevice("uart", 0x100, offset -> offset == UART_LSR ? UART_LSR_EMPTY : 0,
                (offset, value) -> {
                    if (offset == 0) {
                        console.append((char) (value & 0xff));
                    }
                }));
        if (program != null) {
            for (Segment segment : program.segments()) {
                assertThat(bus.writeBytes(Integer.toUnsignedLong(segment.physicalAddress()), segment.data())).isTrue();
            }
        }
        hart = new Hart(0, bus, () -> time);
        hart.interruptLine(7).set(true);
        hart.setPc(program == null ? (int) RAM_BASE : program.entry());
    }

    private static final int UART_LSR = 5;
    private static final int UART_LSR_EMPTY = 0x60;

    /** A device whose registers are two functions of the offset. */
    public record SimpleDevice(String name, int size, java.util.function.IntUnaryOperator reader,
                               java.util.function.BiConsumer<Integer, Integer> writer) implements Device {
        @Override
        public int read(int offset, int width) {
            return reader.applyAsInt(offset);
        }

        @Override
        public void write(int offset, int width, int value) {
            writer.accept(offset, value);
        }
    }

    /** A machine with {@code source} assembled, linked at 0x80000000 and loaded; pc at _start. */
    public static TestMachine of(String source) {
        return new TestMachine(link(source), 1 << 20);
    }

    /** A machine with {@code program} loaded; pc at its entry. */
    public static TestMachine of(ObjectFile program) {
        return new TestMachine(program, 1 << 20);
    }

    /** A machine with nothing loaded, {@code ramSize} bytes of RAM. */
    public static TestMachine empty(int ramSize) {
        return new TestMachine(null, ramSize);
    }

    /** {@code source} assembled and linked with Strata's toolchain; fails the test on any diagnostic. */
    public static ObjectFile link(String source) {
        return link(source, AssemblerOptions.defaults());
    }

    /** {@code source} assembled with {@code options} and linked; fails the test on any diagnostic. */
    public static ObjectFile link(String source, AssemblerOptions options) {
        AssemblyResult assembled = Assembler.assemble("test.S", source, options);
        assertThat(assembled.hasErrors()).as(assembled.report()).isFalse();
        LinkResult linked = Linker.link(List.of(new LinkInput("test.o", assembled.object())), LinkOptions.defaults());
        assertThat(linked.succeeded()).as(linked.diagnostics().toString()).isTrue();
        return linked.executable();
    }

    /** Runs until the finisher is written (or {@code limit} instructions); returns the value written. */
    public int runToExit(long limit) {
        long done = 0;
        while (exitValue == null && done < limit) {
            long ran = hart.run(limit - done);
            if (ran == 0 && exitValue == null) {
                break;
            }
            done += ran;
        }
        assertThat(exitValue).as("the program did not reach the finisher; pc=0x%08x", hart.pc()).isNotNull();
        return exitValue;
    }

    /** Runs to the finisher with a generous limit. */
    public int runToExit() {
        return runToExit(10_000_000);
    }

    /** The address of symbol {@code name} in the program. */
    public int symbol(String name) {
        return program.symbol(name).value();
    }

    /** The word at physical address {@code address}. */
    public int word(long address) {
        return (int) bus.read(address, 4);
    }
}
