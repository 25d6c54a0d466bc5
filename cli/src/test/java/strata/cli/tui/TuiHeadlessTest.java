package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.images.DefaultImage;
import strata.images.ImageFile;

/**
 * The real UI, driven through Lanterna's virtual terminal on programs built by Strata's
 * toolchain: what the panes show after steps, breakpoints, runs, watchpoints and catches. The
 * timeout only guards against a hang; no test depends on how long anything takes.
 */
@Timeout(120)
class TuiHeadlessTest {
    @TempDir
    static Path folder;

    private static Program hello;
    private static Program paging;
    private static Program spin;
    private static Program trap;
    private static Program echo;

    @BeforeAll
    static void build() throws IOException, ProgramException {
        hello = TestPrograms.program(TestPrograms.HELLO, folder);
        paging = TestPrograms.program(TestPrograms.PAGING, folder);
        spin = TestPrograms.program(TestPrograms.SPIN, folder);
        trap = TestPrograms.program(TestPrograms.TRAP, folder);
        echo = TestPrograms.program(TestPrograms.ECHO, folder);
    }

    private static String hex(long address) {
        return String.format("%08x", address);
    }

    @Test
    void theMachineStartsHeldAtTheResetVectorOnAnEightyByTwentyFourScreen() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 80, 24)) {
            String screen = ui.text();
            assertThat(screen.lines().findFirst().orElseThrow())
                    .contains("hello.elf", "held at the reset vector", "pc 00001000", "mode M");
            assertThat(screen).contains("-- Disassembly *", "-- Registers", "-- Console");
            assertThat(screen).contains(">  00001000  auipc   t0,0x0");
            assertThat(screen).contains("pc   00001000", "mode M", "zero 00000000", "mstatus  00000000",
                    "mip      00000080");
            assertThat(screen.lines().reduce((a, b) -> b).orElseThrow()).startsWith("F5 Run F6 Pause F9 Brk F10 Over");
        }
    }

    @Test
    void aStepExecutesOneInstructionAndMarksWhatChanged() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 80, 24)) {
            String screen = ui.press(KeyType.F11).awaitStop();
            assertThat(screen).contains("pc   00001004*", "t0   00001000*", "ra   00000000 ");
            assertThat(screen).contains(">  00001004  addi    a2,t0,40");
            assertThat(screen).contains("step done at 0x00001004");
        }
    }

    @Test
    void aBreakpointOnASymbolStopsTheRunThere() throws Exception {
        long puts = hello.symbol("puts");
        long greeting = hello.symbol("greeting");
        try (Headless ui = new Headless(hello, "hello.elf", 160, 48)) {
            ui.command("b puts");
            assertThat(ui.text()).contains("breakpoint 1 at 0x" + hex(puts));
            String screen = ui.press(KeyType.F5).awaitText("stopped: breakpoint 1 at 0x" + hex(puts));
            assertThat(screen.lines().findFirst().orElseThrow()).contains("pc " + hex(puts) + " <puts>");
            assertThat(screen).contains("<puts>:", ">B " + hex(puts) + "  100002b7  lui     t0,0x10000");
            assertThat(screen).contains("a0   " + hex(greeting) + "*");
            assertThat(screen).contains("beqz    t1," + Long.toHexString(puts + 0x24) + " <puts+0x24>");
            ui.command("info b");
            assertThat(ui.text()).contains("1   breakpoint 0x" + hex(puts));
            ui.command("d 1");
            assertThat(ui.text()).contains("deleted 1");
        }
    }

    @Test
    void theMemoryPaneFollowsARegisterAndXExaminesWords() throws Exception {
        long greeting = hello.symbol("greeting");
        try (Headless ui = new Headless(hello, "hello.elf", 160, 48)) {
            ui.command("until puts").awaitText("run to address done");
            ui.command("mem a0");
            String screen = ui.text();
            assertThat(screen).contains("a0 = 0x" + hex(greeting) + " (virtual)");
            assertThat(screen).contains(hex(greeting) + "  48 65 6c 6c 6f 20 66 72  Hello fr",
                    hex(greeting + 8) + "  6f 6d 20 53 74 72 61 74  om Strat");
            ui.command("x/2w greeting");
            assertThat(ui.text()).contains("0x" + hex(greeting) + ": 6c6c6548 7266206f");
            ui.command("p a0");
            assertThat(ui.text()).contains("a0 = 0x" + hex(greeting));
        }
    }

    @Test
    void continuingToTheEndShowsTheConsoleAndTheCounters() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 160, 48)) {
            String screen = ui.press(KeyType.F5).awaitText("the guest passed");
            assertThat(screen).contains("Hello from Strata's RV32 machine!");
            assertThat(screen).contains("instructions 290", "uart0@10000000 34 reads, 34 writes",
                    "test@100000 0 reads, 1 writes", "devices      11 not accessed",
                    "speed        (stopped)");
        }
    }

    @Test
    void stepOverRunsAWholeCallAndFinishReturnsFromOne() throws Exception {
        long puts = hello.symbol("puts");
        long start = hello.symbol("_start");
        try (Headless ui = new Headless(hello, "hello.elf", 160, 48)) {
            ui.command("until _start").awaitText("run to address done at 0x" + hex(start));
            for (int i = 0; i < 3; i++) {
                ui.press(KeyType.F10).awaitStop();
            }
            String screen = ui.press(KeyType.F10).awaitText("step over done at 0x" + hex(start + 16));
            assertThat(screen).contains("Hello from Strata's RV32 machine!");
        }
        try (Headless ui = new Headless(hello, "hello.elf", 160, 48)) {
            ui.command("until puts").awaitText("run to address done at 0x" + hex(puts));
            assertThat(ui.press(new KeyStroke(KeyType.F11, false, false, true)).awaitText("run to return done"))
                    .contains("run to return done at 0x" + hex(start + 16), "Hello from Strata's RV32 machine!");
        }
    }

    @Test
    void theMmuPaneWalksAMappedAddress() throws Exception {
        long root = paging.symbol("root");
        long page = paging.symbol("page");
        try (Headless ui = new Headless(paging, "paging.elf", 160, 48)) {
            ui.command("until supervisor").awaitText("run to address done");
            ui.command("walk 0x40000000");
            String screen = ui.text();
            assertThat(screen).contains(String.format("satp %08x: Sv32, asid 0, root 0x%08x", 0x80000000L | root >> 12,
                    root));
            assertThat(screen).contains(String.format(" L1 pte@%08x = %08x -------V", root + 0x400,
                    (root + 0x1000) >> 2 | 1));
            assertThat(screen).contains(String.format(" L0 pte@%08x = %08x DA---WRV", root + 0x1000, page >> 2 | 0xc7));
            assertThat(screen).contains(String.format(" -> pa 0x%08x, rw- in mode S", page));
            assertThat(screen).contains("mode S");
        }
    }

    @Test
    void aWatchpointStopsAtTheWriteAndCatchStopsAtAPrivilegeChange() throws Exception {
        try (Headless ui = new Headless(paging, "paging.elf", 160, 48)) {
            ui.command("catch priv");
            assertThat(ui.press(KeyType.F5).awaitText("privilege M -> S")).contains("mode S");
            ui.command("catch priv off");
            ui.command("watch 0x40000000");
            String screen = ui.press(KeyType.F5).awaitText("0x0 -> 0x61746174");
            assertThat(screen).contains("watchpoint 1");
            long page = paging.symbol("page");
            ui.command("mem -p 0x" + Long.toHexString(page));
            assertThat(ui.text()).contains(String.format("0x%x = 0x%08x (physical)", page, page),
                    String.format("%08x  74 61 74 61 00 00 00 00  tata....", page));
        }
    }

    @Test
    void theHelpScreenListsTheKeysAndCommands() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 120, 60)) {
            String screen = ui.press(new KeyStroke('?', false, false)).text();
            assertThat(screen).contains("-- Help", "F5", "continue", "Shift-F11", "Ctrl-A X");
            for (Commands.Command command : Commands.ALL) {
                assertThat(screen).contains(String.join("|", command.names()));
            }
            assertThat(ui.press(KeyType.Escape).text()).doesNotContain("-- Help");
        }
    }

    @Test
    void zoomAndCycleShowAnyPaneOnASmallScreen() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 80, 24)) {
            ui.press(KeyType.F3);
            assertThat(ui.text()).contains("-- Registers *").doesNotContain("-- Disassembly");
            ui.press(KeyType.F3).press(KeyType.F3);
            assertThat(ui.text()).contains("-- Memory *");
            ui.press(KeyType.F2);
            assertThat(ui.text()).contains("-- Memory *").doesNotContain("-- Console");
            ui.press(KeyType.F2).press(KeyType.Tab);
            assertThat(ui.text()).contains("-- Console *");
        }
    }

    @Test
    void aResizedTerminalGetsTheLayoutOfItsNewSizeAndATinyOneStillDraws() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 80, 24)) {
            assertThat(ui.text()).doesNotContain("-- Counters");
            assertThat(ui.resize(160, 48).text()).contains("-- Counters", "-- MMU", "-- Memory", "-- Log");
            assertThat(ui.resize(20, 6).text()).contains("hello.elf");
            assertThat(ui.resize(80, 24).press(KeyType.F11).awaitStop()).contains("step done");
        }
    }

    @Test
    void keysInTheConsoleGoToTheGuestUntilCtrlA() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 80, 24)) {
            ui.press(KeyType.Tab);
            assertThat(ui.text()).contains("-- Console *", "CONSOLE: keys go to the guest");
            ui.type("q");
            assertThat(ui.tui().finished()).isFalse();
            ui.press(new KeyStroke('a', true, false)).press(KeyType.Tab);
            assertThat(ui.text()).contains("-- Registers *");
        }
    }

    @Test
    void aRunningMachineRefusesStepsUntilPaused() throws Exception {
        try (Headless ui = new Headless(spin, "spin.elf", 160, 48)) {
            ui.press(KeyType.F5).awaitText("RUNNING");
            ui.press(KeyType.F11);
            assertThat(ui.text()).contains("the machine is running");
            assertThat(ui.text()).contains("(running: F6 pauses)");
            String screen = ui.press(KeyType.F6).awaitText("paused at 0x");
            assertThat(screen).doesNotContain("(running: F6 pauses)");
        }
    }

    @Test
    void catchTrapStopsAtTheHandler() throws Exception {
        long handler = trap.symbol("handler");
        try (Headless ui = new Headless(trap, "trap.elf", 160, 48)) {
            ui.command("catch trap");
            assertThat(ui.text()).contains("stopping on traps");
            String screen = ui.press(KeyType.F5).awaitText("exception trap_machine_ecall");
            assertThat(screen).contains("handler 0x" + hex(handler), "mcause   0000000b*", "<handler>:");
            ui.command("p mcause");
            assertThat(ui.text()).contains("mcause = 0x0000000b");
        }
    }

    @Test
    void typingInTheConsoleReachesTheGuest() throws Exception {
        try (Headless ui = new Headless(echo, "echo.elf", 80, 24)) {
            ui.press(KeyType.F5).awaitText("RUNNING");
            ui.press(KeyType.Tab).type("hi there");
            ui.awaitText("HI THERE");
            ui.press(new KeyStroke('d', true, false));
            assertThat(ui.awaitText("the guest passed")).contains("bye");
        }
    }

    @Test
    void theCursorPicksWhereF9BreaksAndF4Runs() throws Exception {
        long start = hello.symbol("_start");
        try (Headless ui = new Headless(hello, "hello.elf", 160, 48)) {
            ui.command("until _start").awaitText("run to address done");
            ui.press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.F9);
            assertThat(ui.text()).contains("breakpoint 1 at 0x" + hex(start + 8), " B " + hex(start + 8));
            ui.press(KeyType.F9);
            assertThat(ui.text()).contains("deleted breakpoint 1 at 0x" + hex(start + 8));
            ui.press(KeyType.ArrowDown).press(KeyType.ArrowDown);
            assertThat(ui.press(KeyType.F4).awaitText("run to address done at 0x" + hex(start + 16)))
                    .contains(">  " + hex(start + 16));
        }
    }

    @Test
    void xTakesBytesAndHalvesAndAnEmptyLineRepeats() throws Exception {
        long greeting = hello.symbol("greeting");
        try (Headless ui = new Headless(hello, "hello.elf", 160, 48)) {
            ui.command("x/5b greeting");
            assertThat(ui.text()).contains("0x" + hex(greeting) + ": 48 65 6c 6c 6f");
            ui.command("x/2h greeting+2");
            assertThat(ui.text()).contains("0x" + hex(greeting + 2) + ": 6c6c 206f");
            ui.command("si");
            ui.awaitStop();
            ui.press(KeyType.Enter).awaitText("step done at 0x00001008");
            ui.command("help");
            assertThat(ui.text()).contains("-- Help");
        }
    }

    @Test
    void badCommandsGetAClearMessage() throws Exception {
        try (Headless ui = new Headless(hello, "hello.elf", 80, 24)) {
            ui.command("frobnicate");
            assertThat(ui.text()).contains("unknown command \"frobnicate\": help lists the commands");
            ui.command("b nowhere");
            assertThat(ui.text()).contains("\"nowhere\" names no address");
            ui.command("d 7");
            assertThat(ui.text()).contains("no breakpoint or watchpoint 7");
            ui.command("d one");
            assertThat(ui.text()).contains("delete N: N is the number info b shows");
            ui.command("catch fire");
            assertThat(ui.text()).contains("catch trap|priv [off]");
            ui.command("mem");
            assertThat(ui.text()).contains("an address is needed");
            ui.type("b puts").press(new KeyStroke('c', true, false));
            assertThat(ui.text()).doesNotContain("(strata) b puts");
            assertThat(ui.tui().finished()).isFalse();
        }
    }

    @Test
    void aDiskGoesToTheMachineAsItsVirtioBlockDevice() throws Exception {
        // The board's virtio test reads the block device's registers: its first configuration word
        // is the capacity in sectors, here the 1 MiB image's 2048.
        Path image = folder.resolve("tui-disk.img");
        Files.write(image, new byte[1 << 20]);
        Program regs = TestPrograms.program(Path.of("../cpu/src/test/resources/strata/cpu/dev/virtio/regs.S"), folder);
        try (Headless ui = new Headless(regs, OverlayDisk.open(image), "regs.elf", 160, 48)) {
            assertThat(ui.press(KeyType.F5).awaitText("config word 0x00000800")).contains("config word 0x00000800");
        }
    }

    @Test
    void theProcessesPaneShowsTheKernelsProcessTableAndTheCallInProgress() throws Exception {
        // The default image: init forks the shell and waits for it; stopped in the kernel's waitid,
        // init (pid 1) is running, in that call, and its child (pid 2, still called init: it has
        // not reached its execve of /bin/sh yet) is ready to run.
        Path root = Path.of(System.getProperty("strata.root", ".."));
        Path image = folder.resolve("processes.img");
        ImageFile.write(image, DefaultImage.build(root.resolve("images/rootfs"), root.resolve("os/target"), 0L));
        Program kernel = Program.read(ImageFile.readFile(image, DefaultImage.KERNEL));
        try (Headless ui = new Headless(kernel, OverlayDisk.open(image), "processes.img", 160, 48)) {
            ui.command("b sys_waitid");
            String screen = ui.press(KeyType.F5).awaitText("stopped: breakpoint 1");
            assertThat(screen).contains("  pid ppid state        time pc       name",
                    "*   1    0 running", "    2    1 runnable    0.00s", " init",
                    "in the kernel for waitid(0x0, 0x0, ");
        }
    }
}
