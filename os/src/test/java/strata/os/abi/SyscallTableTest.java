package strata.os.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.os.build.OsBuild;
import strata.testkit.Command;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * The syscall table against Linux: its generic unistd.h (riscv32 uses the asm-generic table), and
 * {@code qemu-riscv32 -strace}: a program makes every
 * call of the table by its generated {@code SYS_} number, with arguments that make each one fail
 * harmlessly, and QEMU must name each call as the table does, in order.
 */
class SyscallTableTest {
    /** Calls that cannot come back to the program with any argument. */
    private static final List<Syscall> NOT_RETURNING = List.of(Syscall.EXIT, Syscall.EXIT_GROUP, Syscall.RT_SIGRETURN);
    /** A line of QEMU's -strace: the pid, then the call's name and arguments, or its number when QEMU has no name. */
    private static final Pattern CALL = Pattern.compile("^\\d+ (Unknown syscall \\d+|\\w*)", Pattern.MULTILINE);
    /** How QEMU 7.2's -strace shows the calls it has no name for (the header test checks their numbers). */
    private static final Map<Syscall, String> QEMU_UNNAMED = Map.of(
            Syscall.EXECVE, "",
            Syscall.CLOCK_NANOSLEEP_TIME64, "Unknown syscall 407",
            Syscall.FUTEX_TIME64, "Unknown syscall 422");
    private static final Path LINUX_HEADER = Path.of("/usr/include/asm-generic/unistd.h");
    private static final Pattern NUMBER = Pattern.compile("^#define __NR(3264)?_(\\w+) (\\d+)", Pattern.MULTILINE);
    private static final Pattern ALIAS = Pattern.compile("^#define __NR_(\\w+) __NR3264_(\\w+)", Pattern.MULTILINE);
    private static final String WORD_SIZE_SPLIT = "#if __BITS_PER_LONG == 64";

    @Test
    void everyNumberIsLinuxsAsTheGenericHeaderDefinesIt() throws IOException {
        Assumptions.assumeTrue(Files.exists(LINUX_HEADER), LINUX_HEADER + " (linux-libc-dev) is not installed");
        String header = Files.readString(LINUX_HEADER);
        Map<String, Integer> linux = new HashMap<>();
        Map<String, Integer> generic = new HashMap<>();
        Matcher number = NUMBER.matcher(header);
        while (number.find()) {
            (number.group(1) != null ? generic : linux).put(number.group(2), Integer.parseInt(number.group(3)));
        }
        // riscv32 is a 32-bit asm-generic architecture: the names after the #else of the word-size
        // split (fcntl64, llseek, ...) are its names for the __NR3264_ numbers.
        String thirtyTwoBit = header.substring(header.indexOf("#else", header.indexOf(WORD_SIZE_SPLIT)));
        Matcher alias = ALIAS.matcher(thirtyTwoBit);
        while (alias.find()) {
            linux.putIfAbsent(alias.group(1), generic.get(alias.group(2)));
        }
        for (Syscall call : Syscall.values()) {
            if (call.strataOnly()) {
                continue;
            }
            String name = call.linuxName().replaceFirst("^_", "");
            assertThat(linux.get(name)).as(name).isEqualTo(call.number());
        }
    }

    @Test
    void qemuNamesEveryNumberAsTheTableDoes(@TempDir Path directory) throws IOException {
        Qemu.requireUser();
        StringBuilder source = new StringBuilder(".include \"syscalls.inc\"\n.globl _start\n_start:\n");
        List<String> expected = new ArrayList<>();
        for (Syscall call : Syscall.values()) {
            if (NOT_RETURNING.contains(call) || call.strataOnly()) {
                continue;
            }
            for (int a = 0; a <= 5; a++) {
                source.append("    li a").append(a).append(", -1\n");
            }
            source.append("    li a7, SYS_").append(call.linuxName().replaceFirst("^_", "")).append("\n    ecall\n");
            expected.add(QEMU_UNNAMED.getOrDefault(call, call.linuxName().replaceFirst("^_", "")));
        }
        source.append("    li a0, 0\n    li a7, SYS_exit_group\n    ecall\n");
        expected.add("exit_group");

        Path includes = directory.resolve("include");
        AbiIncludes.write(includes);
        AssemblyResult object = Assembler.assemble("calls.S", source.toString(),
                new AssemblerOptions(List.of(includes), Map.of()));
        assertThat(object.report()).isEmpty();
        LinkResult linked = Linker.link(List.of(new LinkInput("calls.o", object.object())),
                new LinkOptions(OsBuild.USER_BASE, LinkOptions.DEFAULT_ENTRY));
        assertThat(linked.succeeded()).isTrue();
        Path program = directory.resolve("calls");
        Files.write(program, ElfWriter.write(linked.executable()));
        program.toFile().setExecutable(true);

        Run run = Command.of(Qemu.USER, "-strace", program.toString()).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        List<String> named = new ArrayList<>();
        Matcher matcher = CALL.matcher(run.stderr());
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        assertThat(named).isEqualTo(expected);
    }
}
