package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import strata.assembler.elf.ElfWriter;
import strata.cpu.bus.Bus;
import strata.cpu.testing.Programs;

/**
 * Whatever the guest does to the board, the emulator answers with architected behaviour (a value,
 * a fault) and never throws: random accesses of every width to every device window and around it,
 * and random instruction streams run with the devices' addresses in their registers.
 */
class RobustnessTest {
    private static final long[] WINDOWS = {VirtBoard.MROM, VirtBoard.TEST, VirtBoard.RTC, VirtBoard.CLINT,
        VirtBoard.PLIC, VirtBoard.UART0, VirtBoard.VIRTIO};

    @Test
    void randomDeviceAccessesGiveAValueOrAFault() throws ProgramException {
        Machine machine = machine(".globl _start\n_start: j _start\n", OutputStream.nullOutputStream());
        Bus bus = machine.bus();
        Random random = new Random(42);
        for (int i = 0; i < 500_000; i++) {
            long window = WINDOWS[random.nextInt(WINDOWS.length)];
            long address = window + (random.nextBoolean() ? random.nextInt(0x40) : random.nextInt(0x10_0000));
            int width = 1 << random.nextInt(3);
            if (random.nextBoolean()) {
                long value = bus.read(address, width);
                assertThat(value == Bus.FAULT || value >>> (8 * width) == 0).isTrue();
            } else {
                bus.write(address, width, random.nextInt());
            }
        }
    }

    @Test
    void randomInstructionStreamsNearTheDevicesNeverThrow() throws ProgramException {
        long accesses = 0;
        for (long seed = 1; seed <= 8; seed++) {
            accesses += runRandomStream(seed);
        }
        assertThat(accesses).as("the streams reached the devices").isGreaterThan(50_000);
    }

    /** Runs one random stream; returns how many device accesses it made. */
    private static long runRandomStream(long seed) throws ProgramException {
        StringBuilder source = new StringBuilder("""
                .globl _start
                _start:
                    la t0, trap
                    csrw mtvec, t0
                    li s0, 0x10000000
                    li s1, 0x0c000000
                    li s2, 0x02000000
                    li s3, 0x00100000
                    li s4, 0x00101000
                    li s5, 0x0c200000
                    li s6, 0x02004000
                    li s7, 0x80100000          # RAM, away from this code
                    j random
                    .align 2
                trap:                       # skip whatever trapped; interrupts just return
                    csrr t6, mcause
                    bltz t6, 1f
                    csrr t6, mepc
                    addi t6, t6, 4
                    csrw mepc, t6
                1:  mret
                random:
                """);
        Random random = new Random(seed);
        for (int i = 0; i < 4096; i++) {
            source.append(".word ").append(random.nextInt(5) < 3 ? deviceAccess(random) : straightLine(random))
                    .append('\n');
        }
        source.append("j random\n");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Machine machine = machine(source.toString(), console);
        assertThatCode(() -> machine.run(300_000)).doesNotThrowAnyException();
        return machine.bus().deviceAccesses().stream().mapToLong(d -> d.reads() + d.writes()).sum();
    }

    /** The registers holding the device bases: s0, s1, s2..s7 (x8, x9, x18..x23). */
    private static final int[] BASES = {8, 9, 18, 19, 20, 21, 22, 23};
    /** Registers a random instruction may write: t0-t2, a0-a7, t3-t5 (never a base, never t6). */
    private static final int[] SCRATCH = {5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 28, 29, 30};
    private static final int LOAD = 0x03, STORE = 0x23;
    private static final int[] LOAD_WIDTHS = {0, 1, 2, 4, 5};
    private static final int[] JUMPS_AND_SYSTEM = {0x63, 0x67, 0x6f, 0x73};

    /**
     * A load or store at a device base: half of them a word at one of the first eight word
     * offsets (registers the devices decode), half of a random width at a random offset (mostly
     * access faults).
     */
    private static int deviceAccess(Random random) {
        int base = BASES[random.nextInt(BASES.length)];
        int other = SCRATCH[random.nextInt(SCRATCH.length)];
        boolean word = random.nextBoolean();
        int offset = word ? random.nextInt(8) * 4 : random.nextInt(256);
        if (random.nextBoolean()) {
            int width = word ? 2 : LOAD_WIDTHS[random.nextInt(LOAD_WIDTHS.length)];
            return offset << 20 | base << 15 | width << 12 | other << 7 | LOAD;
        }
        int width = word ? 2 : random.nextInt(3);
        return (offset >> 5) << 25 | other << 20 | base << 15 | width << 12 | (offset & 31) << 7 | STORE;
    }

    /** A random word that neither jumps, nor touches CSRs, nor writes a base register. */
    private static int straightLine(Random random) {
        while (true) {
            int word = random.nextInt();
            int opcode = word & 0x7f;
            if (Arrays.stream(JUMPS_AND_SYSTEM).noneMatch(op -> op == opcode)) {
                return word & ~(0x1f << 7) | SCRATCH[random.nextInt(SCRATCH.length)] << 7;
            }
        }
    }

    private static Machine machine(String source, OutputStream console) throws ProgramException {
        return new Machine(Program.read(ElfWriter.write(Programs.build("random.S", source))), Machine.Config.of(console));
    }
}
