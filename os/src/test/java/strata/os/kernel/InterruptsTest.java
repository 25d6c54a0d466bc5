package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.Stop;
import strata.cpu.board.StreamInput;
import strata.cpu.dev.virtio.DiskImage;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.hart.Traps;
import strata.os.boot.KernelBoot;
import strata.testkit.E2fsprogs;
import strata.testkit.Qemu;

/**
 * Device interrupts and sleeping (os/kernel/plic.S, sched.S's wait channels): a process spinning
 * in user mode while a second reads the console and two more read a file each from the disk
 * ({@code irq.S} as init; on QEMU, where a request sleeps, the two take turns in the file system's
 * lock). The readers finish while the spinner still runs, and everything prints
 * what QEMU printed for the same kernel, program, image and input ({@code irq.out}, rewritten
 * from QEMU with {@code -Dstrata.regenerate=true}); the files' sizes and FNV-1a hashes are also
 * computed here from the bytes put in the image. On Strata the kernel's own counters
 * ({@code plic_counts}, per PLIC source) and the supervisor external interrupts the hart took
 * show that the input and the disk's completions came by interrupt. And a machine whose only
 * process sleeps on the console retires, per timer tick, only the instructions of the tick
 * itself: no process runs and nothing polls.
 */
class InterruptsTest {
    private static final int RAM_MIB = 128;
    private static final String INPUT = "first line\nsecond\nthe third and last\n\u0004";
    private static final int DATA_BYTES = 40_000;
    private static final int DATA2_BYTES = 70_000;
    private static final int UART_SOURCE = 10;
    private static final int DISK_SOURCE = 8;       // QEMU's slot for the first virtio-blk-device
    /** The last ticks of the idle run that are measured. */
    private static final int IDLE_TICKS = 200;
    /** The idle run: the boot (about 1.4 million instructions), then well over 2 x IDLE_TICKS ticks. */
    private static final long IDLE_RUN = 2_000_000;
    /**
     * What one idle tick may cost: the machine timer's handler in M-mode, the kernel's trap entry
     * and acknowledgement (an ecall to M-mode), and one turn of the scheduler over the 16 slots
     * (wake_sleepers, then the search for a RUNNABLE one): about 480 instructions. A process
     * switched in to poll the UART and switched out again would add a thousand more (sched_yield
     * to another process and back costs about 965, KernelCostsTest).
     */
    private static final long IDLE_TICK_BOUND = 600;

    @Test
    void readersFinishBesideASpinnerAsOnQemu(@TempDir Path directory) throws IOException {
        Path image = image(directory);
        byte[] init = KernelBoot.userProgram("/strata/os/kernel/irq.S");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        long[] externalInterrupts = {0};
        Machine machine;
        try (DiskImage disk = OverlayDisk.open(image)) {
            machine = machine(init, disk, console, INPUT);
            machine.hart().traps().observe(new Traps.Observer() {
                @Override
                public void trapped(TrapCause cause, int epc, Privilege privilege) {
                    if (cause == TrapCause.SUPERVISOR_EXTERNAL_INTERRUPT) {
                        externalInterrupts[0]++;
                    }
                }

                @Override
                public void returned(Privilege privilege, int pc) {
                }
            });
            Stop stop = machine.run(KernelBoot.INSTRUCTION_LIMIT);
            machine.finishConsole();
            assertThat(stop).as(console.toString(StandardCharsets.ISO_8859_1)).isInstanceOf(Stop.PowerOff.class);
            String strata = report(console.toString(StandardCharsets.ISO_8859_1), stop.status());
            assertThat(strata).isEqualTo(KernelBoot.expected(InterruptsTest.class, "irq.out"));
        }
        assertThat(KernelBoot.expected(InterruptsTest.class, "irq.out"))
                .contains("disk reader\r\nbytes: " + DATA_BYTES + "\r\nfnv1a: " + fnv1a(data(DATA_BYTES, 7)) + "\r\n")
                .contains("second disk reader\r\nbytes: " + DATA2_BYTES + "\r\nfnv1a: " + fnv1a(data(DATA2_BYTES, 13)) + "\r\n")
                .contains("console reader\r\nlines: 3\r\nbytes: " + (INPUT.length() - 1) + "\r\n")
                .contains("spinner\r\nstopped by init: 1\r\n");
        long uart = plicCount(machine, UART_SOURCE);
        long disk = plicCount(machine, DISK_SOURCE);
        assertThat(uart).as("the UART's interrupts claimed").isPositive();
        assertThat(disk).as("the disk's interrupts claimed: one per request at least after the boot's").isPositive();
        assertThat(machine.bus().read(machine.program().symbol("vblk_irq_count"), 4))
                .as("virtio_blk_interrupt acknowledged completions").isPositive();
        assertThat(externalInterrupts[0]).as("supervisor external interrupts taken").isPositive()
                .isLessThanOrEqualTo(uart + disk);
    }

    @Test
    void qemuStillPrintsTheExpectation(@TempDir Path directory) throws IOException {
        Qemu.requireSystem();
        Path image = image(directory);
        Path initrd = directory.resolve("irq.elf");
        Files.write(initrd, KernelBoot.userProgram("/strata/os/kernel/irq.S"));
        KernelBoot.Outcome outcome = KernelBoot.qemu(RAM_MIB, initrd, image, INPUT.getBytes(StandardCharsets.ISO_8859_1));
        String qemu = report(outcome.console(), outcome.status());
        if (KernelBoot.regenerating()) {
            KernelBoot.regenerate(InterruptsTest.class, "irq.out", qemu);
        }
        assertThat(qemu).isEqualTo(KernelBoot.expected(InterruptsTest.class, "irq.out"));
    }

    @Test
    void anIdleMachineRetiresOnlyItsTicks() {
        byte[] init = KernelBoot.userProgram("/strata/os/kernel/console-read.S");
        List<Long> instretAtTick = new ArrayList<>();
        List<Long> userReturnsAtTick = new ArrayList<>();
        long[] userReturns = {0};
        Machine machine = machine(init, null, new ByteArrayOutputStream(), "");
        machine.hart().traps().observe(new Traps.Observer() {
            @Override
            public void trapped(TrapCause cause, int epc, Privilege privilege) {
                if (cause == TrapCause.SUPERVISOR_TIMER_INTERRUPT) {
                    instretAtTick.add(machine.hart().instret());
                    userReturnsAtTick.add(userReturns[0]);
                }
            }

            @Override
            public void returned(Privilege privilege, int pc) {
                if (privilege == Privilege.USER) {
                    userReturns[0]++;
                }
            }
        });
        machine.run(IDLE_RUN);
        int ticks = instretAtTick.size();
        assertThat(ticks).as("ticks in %d instructions", IDLE_RUN).isGreaterThan(2 * IDLE_TICKS);
        int first = ticks - IDLE_TICKS - 1;
        int last = ticks - 1;
        assertThat(userReturnsAtTick.get(first)).as("init ran").isPositive();
        assertThat(userReturnsAtTick.get(last)).as("then slept on the console, never woken")
                .isEqualTo(userReturnsAtTick.get(first));
        long idle = instretAtTick.get(last) - instretAtTick.get(first);
        long most = 0;
        for (int tick = first + 1; tick <= last; tick++) {
            most = Math.max(most, instretAtTick.get(tick) - instretAtTick.get(tick - 1));
        }
        System.out.printf("idle at the console: %d instructions in %d ticks, at most %d in one%n", idle, IDLE_TICKS, most);
        assertThat(most).as("instructions in one idle tick").isLessThanOrEqualTo(IDLE_TICK_BOUND);
    }

    /** An ext2 image of 4 MiB with /data and /data2. */
    private static Path image(Path directory) throws IOException {
        E2fsprogs.require();
        Path tree = directory.resolve("tree");
        Files.createDirectories(tree);
        Files.write(tree.resolve("data"), data(DATA_BYTES, 7));
        Files.write(tree.resolve("data2"), data(DATA2_BYTES, 13));
        Path image = directory.resolve("irq.img");
        E2fsprogs.mke2fs(image, tree, "4M").assertSuccess();
        E2fsprogs.check(image).assertSuccess();
        return image;
    }

    private static byte[] data(int length, int step) {
        byte[] data = new byte[length];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * step + i / 251);
        }
        return data;
    }

    private static int fnv1a(byte[] bytes) {
        int hash = 0x811c9dc5;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }

    private static Machine machine(byte[] initrd, DiskImage disk, ByteArrayOutputStream console, String input) {
        try {
            Machine.Config config = Machine.Config.of(console).withRam(RAM_MIB << 20)
                    .withInput(new StreamInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1))))
                    .withInitrd(initrd);
            if (disk != null) {
                config = config.withDisk(disk);
            }
            return new Machine(Program.read(Files.readAllBytes(KernelBoot.kernel())), config);
        } catch (IOException | strata.cpu.board.ProgramException e) {
            throw new AssertionError("the kernel does not load: " + e.getMessage(), e);
        }
    }

    private static long plicCount(Machine machine, int source) {
        long counts = machine.program().symbol("plic_counts");
        assertThat(counts).as("the kernel has plic_counts").isPositive();
        return machine.bus().read(counts + 4L * source, 4);
    }

    private static String report(String console, int status) {
        return new KernelBoot.Outcome(console, status).transcript();
    }
}
