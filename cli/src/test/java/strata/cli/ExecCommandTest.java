package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;

/**
 * {@code strata exec}: console, exit statuses, options. The same ELF files run on QEMU's virt
 * machine print the same where QEMU is installed.
 */
class ExecCommandTest {
    private static final Path HELLO = Path.of("../examples/hello.S");
    private static final Path PROGRAMS = Path.of("../cpu/src/test/resources/strata/cpu/board/programs");
    private static final String QEMU = "qemu-system-riscv32";
    private static final Path VIRTIO = Path.of("../cpu/src/test/resources/strata/cpu/dev/virtio");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int exec(byte[] input, String... args) {
        ExecCommand command = new ExecCommand(new ByteArrayInputStream(input), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new CommandLine(command).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helloPrintsItsGreetingAndExitsZero() throws IOException {
        Path elf = build(HELLO);
        assertThat(exec(new byte[0], elf.toString())).isZero();
        assertThat(stdout()).isEqualTo("Hello from Strata's RV32 machine!\n");
        assertThat(stderr()).isEmpty();
        assertThat(qemu(elf, new byte[0])).isEqualTo(stdout());
    }

    @Test
    void echoTakesItsInputFromAPipe() throws IOException {
        Path elf = build(PROGRAMS.resolve("echo.S"));
        byte[] input = "piped in\n\u0004".getBytes(StandardCharsets.US_ASCII);
        assertThat(exec(input, elf.toString())).isZero();
        assertThat(stdout()).isEqualTo("PIPED IN\nbye\n");
        assertThat(qemu(elf, input)).isEqualTo(stdout());
    }

    @Test
    void theStatusIsTheGuests() throws IOException {
        assertThat(exec(new byte[0], build(PROGRAMS.resolve("fail.S")).toString())).isEqualTo(7);
        assertThat(stdout()).isEqualTo("failing with 7\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void theInstructionLimitIs124() throws IOException {
        Path elf = build("loop.S", ".globl _start\n_start: j _start\n");
        assertThat(exec(new byte[0], "--max-instructions", "5000", elf.toString())).isEqualTo(124);
        assertThat(stderr()).isEqualTo("strata exec: the instruction limit (5000) was reached\n");
    }

    @Test
    void aGuestThatCanNeverWakeIs125() throws IOException {
        Path elf = build("hang.S", ".globl _start\n_start: csrw mie, zero\n wfi\n j _start\n");
        assertThat(exec(new byte[0], elf.toString())).isEqualTo(125);
        assertThat(stderr()).isEqualTo(
                "strata exec: the guest hangs: the hart waits in WFI at 0x80000008 and nothing can wake it\n");
    }

    @Test
    void aMissingFileIs126() {
        assertThat(exec(new byte[0], folder.resolve("nothing.elf").toString())).isEqualTo(126);
        assertThat(stderr()).isEqualTo("strata exec: " + folder.resolve("nothing.elf") + ": no such file\n");
    }

    @Test
    void aFileThatIsNotAnExecutableIs126() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "hello\n");
        assertThat(exec(new byte[0], text.toString())).isEqualTo(126);
        assertThat(stderr()).startsWith("strata exec: " + text + ": not an ELF file");
        AssemblyResult object = Assembler.assemble("o.S", "nop\n", AssemblerOptions.defaults());
        Path relocatable = Files.write(folder.resolve("o.o"), ElfWriter.write(object.object()));
        err.reset();
        assertThat(exec(new byte[0], relocatable.toString())).isEqualTo(126);
        assertThat(stderr()).isEqualTo("strata exec: " + relocatable
                + ": a relocatable object, not an executable: link it first (strata link)\n");
    }

    @Test
    void aProgramLinkedOutsideRamIs126() throws IOException {
        Path elf = build("low.S", ".globl _start\n_start: j _start\n", 0x10000);
        assertThat(exec(new byte[0], elf.toString())).isEqualTo(126);
        assertThat(stderr()).isEqualTo("strata exec: " + elf
                + ": no segment is in RAM (0x80000000..0x88000000): link the program there\n");
    }

    @Test
    void gnuLdsHeadersBelowRamAreLeftOutWithAWarning() throws IOException, InterruptedException {
        assumeTrue(onPath("riscv64-unknown-elf-ld"), "GNU binutils for RISC-V are not installed");
        Path object = folder.resolve("hello.o");
        Process as = new ProcessBuilder("riscv64-unknown-elf-as", "-march=rv32ima_zicsr", "-mabi=ilp32",
                "-o", object.toString(), HELLO.toString()).inheritIO().start();
        assertThat(as.waitFor()).isZero();
        Path elf = folder.resolve("gnu-hello.elf");
        Process ld = new ProcessBuilder("riscv64-unknown-elf-ld", "-m", "elf32lriscv", "-Ttext=0x80000000",
                "-o", elf.toString(), object.toString()).inheritIO().start();
        assertThat(ld.waitFor()).isZero();
        assertThat(exec(new byte[0], elf.toString())).isZero();
        assertThat(stdout()).isEqualTo("Hello from Strata's RV32 machine!\n");
        assertThat(stderr()).startsWith("strata exec: warning: " + elf + ": segment 0 (0x7ffff000..")
                .contains("is partly outside RAM");
        assertThat(qemu(elf, new byte[0])).isEqualTo(stdout());
    }

    @Test
    void ramSizeIsSetByRam() throws IOException {
        Path elf = build(PROGRAMS.resolve("memory.S"));
        assertThat(exec(new byte[0], "--ram", "32M", elf.toString())).isZero();
        assertThat(stdout()).isEqualTo("RAM at 0x80000000, size 0x02000000, timebase 0x00989680\n");
        out.reset();
        assertThat(exec(new byte[0], "--ram", "48", elf.toString())).as("MiB, as QEMU's -m").isZero();
        assertThat(stdout()).contains("size 0x03000000");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path elf = build(HELLO);
        CommandLine command = new CommandLine(new ExecCommand(new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        StringWriter usage = new StringWriter();
        command.setErr(new PrintWriter(usage, true));
        assertThat(command.execute("--ram", "1M", elf.toString())).isEqualTo(2);
        assertThat(command.execute("--ram", "4097K", elf.toString())).isEqualTo(2);
        assertThat(command.execute("--ram", "lots", elf.toString())).isEqualTo(2);
        assertThat(command.execute("--clock", "sundial", elf.toString())).isEqualTo(2);
        assertThat(usage.toString()).contains("'lots' is not a size").contains("'sundial' is not virtual or host")
                .contains("RAM of '1M' is not whole 4 KiB pages from 2M to 1G")
                .contains("RAM of '4097K' is not whole 4 KiB pages from 2M to 1G");
        assertThat(exec(new byte[0], "--max-instructions", "0", elf.toString())).isEqualTo(2);
    }

    @Test
    void theHostClockRunsTheTimerProgramToo() throws IOException {
        Path elf = build(PROGRAMS.resolve("timer.S"));
        assertThat(exec(new byte[0], "--clock", "host", elf.toString())).isZero();
        assertThat(stdout()).isEqualTo(Files.readString(PROGRAMS.resolve("timer.out")));
    }

    @Test
    void statsReportTheRun() throws IOException {
        Path elf = build(PROGRAMS.resolve("timer.S"));
        assertThat(exec(new byte[0], "--stats", elf.toString())).isZero();
        assertThat(stderr()).startsWith("strata exec: stopped: the guest passed (test), status 0\n")
                .containsPattern("instructions +[0-9,]+ retired, [0-9,]+ cycles")
                .containsPattern("time +[0-9.]+ s, [0-9.]+ MIPS")
                .contains("machine timer interrupt").contains("machine software interrupt")
                .contains("uart0 at 0x10000000:").contains("tlb ");
    }

    @Test
    void theTraceIsSpikesCommitLogFromTheBootRomOn() throws IOException {
        Path elf = build(HELLO);
        Path trace = folder.resolve("hello.trace");
        assertThat(exec(new byte[0], "--trace", trace.toString(), elf.toString())).isZero();
        List<String> lines = Files.readAllLines(trace);
        assertThat(lines.get(0)).isEqualTo("core   0: 3 0x00001000 (0x00000297) x5  0x00001000");
        assertThat(lines.get(3)).isEqualTo("core   0: 3 0x0000100c (0x0202a583) x11 0x87e00000 mem 0x00001020");
        assertThat(lines.get(6)).startsWith("core   0: 3 0x80000000 ");
        assertThat(lines).filteredOn(line -> line.contains("mem 0x10000000 0x")).hasSize(34);
        assertThat(stdout()).isEqualTo("Hello from Strata's RV32 machine!\n");
    }

    @Test
    void theTraceWindowIsGivenBySymbolsOrAddresses() throws IOException {
        Path elf = build(HELLO);
        Path trace = folder.resolve("window.trace");
        assertThat(exec(new byte[0], "--trace", trace.toString(), "--trace-from", "0x80000000", "--trace-to",
                "0x80000008", elf.toString())).isZero();
        assertThat(Files.readAllLines(trace)).hasSize(3).allMatch(line -> line.startsWith("core   0: 3 0x8000000"));
        assertThat(exec(new byte[0], "--trace", trace.toString(), "--trace-from", "puts", "--trace-to", "puts",
                "--disasm", elf.toString())).isZero();
        assertThat(Files.readAllLines(trace)).containsExactly("core   0: >>>>  puts",
                "core   0: 0x80000028 (0x100002b7) lui\tt0,0x10000",
                "core   0: 3 0x80000028 (0x100002b7) x5  0x10000000");
    }

    @Test
    void twoRunsGiveTheSameTrace() throws IOException {
        for (String program : List.of("timer", "echo-irq", "rtc")) {
            Path elf = build(PROGRAMS.resolve(program + ".S"));
            byte[] input = Files.exists(PROGRAMS.resolve(program + ".input"))
                    ? Files.readAllBytes(PROGRAMS.resolve(program + ".input")) : new byte[0];
            Path first = folder.resolve(program + "-1.trace");
            Path second = folder.resolve(program + "-2.trace");
            assertThat(exec(input, "--trace", first.toString(), elf.toString())).isZero();
            assertThat(exec(input, "--trace", second.toString(), elf.toString())).isZero();
            assertThat(Files.size(first)).isGreaterThan(10_000);
            assertThat(Files.mismatch(first, second)).as(program).isEqualTo(-1);
        }
    }

    @Test
    void traceOptionsAreChecked() throws IOException {
        Path elf = build(HELLO);
        assertThat(exec(new byte[0], "--disasm", elf.toString())).isEqualTo(2);
        assertThat(exec(new byte[0], "--trace", folder.resolve("t").toString(), "--trace-from", "nowhere",
                elf.toString())).isEqualTo(2);
        assertThat(exec(new byte[0], "--trace", folder.toString(), elf.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("strata exec: --trace-from, --trace-to and --disasm go with --trace FILE\n"
                + "strata exec: --trace-from nowhere: neither a symbol of " + elf + " nor an address\n"
                + "strata exec: --trace " + folder + ": cannot write it (");
    }

    @Test
    void gdbOptionsAreCheckedBeforeAnythingRuns() throws IOException {
        Path elf = build(HELLO);
        assertThat(exec(new byte[0], "--wait", elf.toString())).isEqualTo(2);
        assertThat(exec(new byte[0], "--gdb", "70000", elf.toString())).isEqualTo(2);
        assertThat(exec(new byte[0], "--gdb", "1", "--trace", folder.resolve("t").toString(), elf.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("strata exec: --wait goes with --gdb PORT");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void diskRunsOnAnOverlayThatLeavesTheImageAlone() throws IOException {
        Path elf = build(VIRTIO.resolve("blk.S"));
        Path image = Files.write(folder.resolve("disk.img"), blkImage());
        assertThat(exec(new byte[0], "--disk", image.toString(), elf.toString())).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo(Files.readString(VIRTIO.resolve("blk.legacy.out")));
        assertThat(Files.readAllBytes(image)).isEqualTo(blkImage());
    }

    @Test
    void diskWriteLeavesWhatQemuLeaves() throws IOException, NoSuchAlgorithmException {
        Path elf = build(VIRTIO.resolve("blk.S"));
        Path image = Files.write(folder.resolve("disk.img"), blkImage());
        assertThat(exec(new byte[0], "--disk", image.toString(), "--disk-write", "--virtio", "modern",
                elf.toString())).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo(Files.readString(VIRTIO.resolve("blk.modern.out")));
        byte[] after = Files.readAllBytes(image);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(after));
        assertThat(digest).isEqualTo(Files.readString(VIRTIO.resolve("blk.image.sha256")).strip());
    }

    @Test
    void withoutADiskTheSlotsAreEmpty() throws IOException {
        Path elf = build(VIRTIO.resolve("blk.S"));
        assertThat(exec(new byte[0], elf.toString())).isEqualTo(1);
        assertThat(stdout()).endsWith("no block device\n");
    }

    @Test
    void diskOptionsAreChecked() throws IOException {
        Path elf = build(HELLO);
        assertThat(exec(new byte[0], "--disk-write", elf.toString())).isEqualTo(2);
        assertThat(exec(new byte[0], "--virtio", "sideways", elf.toString())).isEqualTo(2);
        assertThat(exec(new byte[0], "--disk", folder.resolve("none.img").toString(), elf.toString())).isEqualTo(126);
        assertThat(exec(new byte[0], "--disk", folder.toString(), elf.toString())).isEqualTo(126);
        assertThat(stderr()).startsWith("strata exec: --disk-write goes with --disk IMG\n")
                .contains("strata exec: --disk " + folder.resolve("none.img") + ": no such file\n")
                .contains("strata exec: --disk " + folder + ": not a regular file\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void withGdbAndNobodyConnectingTheProgramRunsAsWithout() throws IOException {
        assertThat(exec(new byte[0], "--gdb", String.valueOf(freePort()), build(HELLO).toString())).isZero();
        assertThat(stdout()).isEqualTo("Hello from Strata's RV32 machine!\n");
    }

    @Test
    void waitHoldsTheHartAtResetUntilGdbLetsItGo() throws Exception {
        Path elf = build(HELLO);
        int port = freePort();
        int[] status = new int[1];
        Thread run = new Thread(() -> status[0] = exec(new byte[0], "--gdb", String.valueOf(port), "--wait", elf.toString()));
        run.start();
        try (Socket gdb = connect(port)) {
            gdb.setSoTimeout(30_000);
            assertThat(stdout()).as("held at reset").isEmpty();
            gdb.getOutputStream().write("$D#44".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = gdb.getInputStream().readNBytes(7);
            assertThat(new String(reply, StandardCharsets.US_ASCII)).isEqualTo("+$OK#9a");
        }
        run.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(status[0]).isZero();
        assertThat(stdout()).isEqualTo("Hello from Strata's RV32 machine!\n");
        assertThat(stderr()).isEqualTo("strata exec: waiting for gdb on localhost:" + port + "\n");
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** Connects to localhost {@code port}, trying again while the command under test starts listening. */
    private static Socket connect(int port) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException e) {
                if (attempt == 600) {
                    throw new AssertionError("nobody listens on port " + port, e);
                }
                Thread.sleep(50);
            }
        }
    }

    @Test
    void aReadOnlyImageCannotBeWrittenThrough() throws IOException {
        Path elf = build(HELLO);
        Path image = Files.write(folder.resolve("ro.img"), new byte[512]);
        assertThat(image.toFile().setWritable(false, false)).isTrue();
        assumeTrue(!Files.isWritable(image), "the user may write read-only files (root)");
        assertThat(exec(new byte[0], "--disk", image.toString(), "--disk-write", elf.toString())).isEqualTo(126);
        assertThat(stderr()).isEqualTo("strata exec: --disk " + image + ": cannot write it (permission denied); "
                + "without --disk-write the run works on a copy that leaves it unchanged\n");
        assertThat(exec(new byte[0], "--disk", image.toString(), elf.toString())).isZero();
    }

    /** The image blk.S starts from, as cpu's VirtioProgram makes it: byte n of sector s is s * 31 + n * 7 + n / 256. */
    private static byte[] blkImage() {
        byte[] image = new byte[64 * 1024 + 300];
        for (int at = 0; at < image.length; at++) {
            image[at] = (byte) (at / 512 * 31 + at % 512 * 7 + at % 512 / 256);
        }
        return image;
    }

    /** {@code source} assembled (its includes found beside it) and linked by Strata at the RAM base. */
    @Test
    void anInitrdIsInRamWhereTheDeviceTreeSaysAsQemuPutsIt() throws IOException {
        // With 128 MiB, QEMU puts the initrd 64 MiB past the kernel; the program exits with its first byte.
        Path elf = build("initrd", """
                .globl _start
                _start:
                    li t0, 0x84000000
                    lbu t1, 0(t0)
                    slli t1, t1, 16
                    li t2, 0x3333
                    or t1, t1, t2
                    li t0, 0x100000
                    sw t1, 0(t0)
                """);
        Path initrd = Files.write(folder.resolve("initrd"), new byte[] {42, 1, 2, 3});
        assertThat(exec(new byte[0], "--initrd", initrd.toString(), elf.toString())).isEqualTo(42);

        Path missing = folder.resolve("missing");
        assertThat(exec(new byte[0], "--initrd", missing.toString(), elf.toString())).isEqualTo(ExecCommand.CANNOT_RUN);
        assertThat(stderr()).endsWith("strata exec: --initrd " + missing + ": no such file\n");
    }

    private Path build(Path source) throws IOException {
        return link(source.getFileName().toString(), Assembler.assemble(source, AssemblerOptions.defaults()),
                LinkOptions.DEFAULT_BASE);
    }

    private Path build(String name, String text) throws IOException {
        return build(name, text, LinkOptions.DEFAULT_BASE);
    }

    private Path build(String name, String text, int base) throws IOException {
        return link(name, Assembler.assemble(name, text, AssemblerOptions.defaults()), base);
    }

    private Path link(String name, AssemblyResult assembled, int base) throws IOException {
        assertThat(assembled.hasErrors()).as(assembled.report()).isFalse();
        LinkResult linked = Linker.link(List.of(new LinkInput(name, assembled.object())),
                new LinkOptions(base, LinkOptions.DEFAULT_ENTRY));
        assertThat(linked.succeeded()).isTrue();
        return Files.write(folder.resolve(name + ".elf"), ElfWriter.write(linked.executable()));
    }

    /** What QEMU's virt machine prints for {@code elf} with {@code input}; skips the test without QEMU. */
    private String qemu(Path elf, byte[] input) throws IOException {
        assumeTrue(onPath(QEMU), QEMU + " is not installed");
        Path stdin = Files.write(folder.resolve("stdin"), input);
        Path console = folder.resolve("qemu-console");
        Process process = new ProcessBuilder(QEMU, "-machine", "virt", "-bios", "none", "-nographic", "-monitor",
                "none", "-kernel", elf.toString()).redirectInput(stdin.toFile()).redirectOutput(console.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("QEMU powered off").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(process.exitValue()).isZero();
        return Files.readString(console, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
