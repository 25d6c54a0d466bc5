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
 * A minimal board for the hart's tests: RAM at 0x80000000, a finisher at 0x100000 (a write
 * stops the machine and records the value, like sifive_test), a register-dump window, and a
 * clock tests set by hand. Programs are assembled and linked with Strata's own toolchain.
 */
public final class TestMachine {
    public static final long RAM_BASE = 0x80000000L;
    public static final long FINISHER = 0x100000L;

    public final Bus bus = new Bus();
    public final Hart hart;
    public final ObjectFile program;
    public long time;
    public Integer exitValue;

    private TestMachine(ObjectFile program, int ramSize) {
        this.program = program;
        bus.addRam(RAM_BASE, ramSize);
        bus.map(FINISHER, new Device() {
            @Override
            public String name() {
                return "finisher";
            }

            @Override
            public int size() {
                return 0x1000;
            }

            @Override
            public int read(int offset, int width) {
                return 0;
            }

            @Override
            public void write(int offset, int width, int value) {
                exitValue = value;
                bus.requestStop("finisher " + value);
            }
        });
        if (program != null) {
            for (Segment segment : program.segments()) {
                assertThat(bus.writeBytes(Integer.toUnsignedLong(segment.physicalAddress()), segment.data())).isTrue();
            }
        }
        hart = new Hart(0, bus, () -> time);
        hart.setPc(program == null ? (int) RAM_BASE : program.entry());
    }

    /** A machine with {@code source} assembled, linked at 0x80000000 and loaded; pc at _start. */
    public static TestMachine of(String source) {
        return new TestMachine(link(source), 1 << 20);
    }

    /** A machine with nothing loaded, {@code ramSize} bytes of RAM. */
    public static TestMachine empty(int ramSize) {
        return new TestMachine(null, ramSize);
    }

    /** {@code source} assembled and linked with Strata's toolchain; fails the test on any diagnostic. */
    public static ObjectFile link(String source) {
        AssemblyResult assembled = Assembler.assemble("test.S", source, AssemblerOptions.defaults());
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
