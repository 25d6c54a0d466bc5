package strata.cpu.hart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import strata.assembler.disasm.Disassembler;
import strata.assembler.elf.ElfWriter;
import strata.assembler.isa.Csr;
import strata.assembler.object.ObjectFile;
import strata.cpu.Qemu;
import strata.cpu.TestMachine;

/**
 * The hart in lockstep with QEMU: each case of {@link HartCasesTest} runs on QEMU with the CPU
 * state logged before every instruction ({@code -singlestep -d cpu}), and on Strata one
 * instruction at a time; before every instruction, the pc, all 31 registers and the trap CSRs
 * QEMU logs must be equal, and both must end together. This
 * referees every intermediate value, not only what a case prints, and the trap points too.
 * QEMU's boot ROM runs first; Strata starts from QEMU's state at 0x80000000.
 *
 * <p>Not compared: states QEMU does not log (an instruction that cannot be fetched faults while
 * QEMU translates it, so Strata takes such a fetch fault without a comparison), CSRs QEMU leaves
 * out of a state (satp while S-mode runs with TVM), xtval after a misaligned jump (cause 0),
 * which QEMU 7.2 gets wrong for jal and branches (ExceptionTest checks it), and what a counter
 * read (cycle, time, instret and their machine forms) gives: QEMU's counters follow the host's
 * clock, so Strata takes QEMU's value there.
 */
class LockstepTest {
    /** More instructions than any case runs. */
    private static final int BUDGET = 200_000;
    private static final List<String> CSRS = List.of("mstatus", "mip", "mie", "mideleg", "medeleg", "mtvec",
            "stvec", "mepc", "sepc", "mcause", "scause", "mtval", "stval", "mscratch", "sscratch", "satp");

    @TestFactory
    Stream<DynamicTest> everyInstructionLeavesTheStateQemuLeaves() {
        return HartCasesTest.sources().stream()
                .map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                    Qemu.assumeAvailable();
                    lockstep(HartCasesTest.build(source));
                }));
    }

    private static void lockstep(ObjectFile program) throws IOException {
        Path log = Files.createTempFile("strata-lockstep", ".log");
        try {
            Qemu.Run run = Qemu.runLogged(ElfWriter.write(program), log);
            assertThat(run.status()).isZero();
            try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
                Map<String, Long> state = next(reader);
                while (state != null && state.get("pc") != TestMachine.RAM_BASE) {
                    state = next(reader);
                }
                assertThat(state).as("QEMU reached the program").isNotNull();
                TestMachine m = TestMachine.of(program);
                for (int i = 1; i < 32; i++) {
                    m.hart.setX(i, state.get("x" + i).intValue());
                }
                int counterRead = 0;
                int step = 0;
                for (; state != null && step < BUDGET; step++) {
                    if (counterRead != 0) {
                        m.hart.setX(counterRead, state.get("x" + counterRead).intValue());
                    }
                    compare(m, state, step);
                    counterRead = counterRead(m);
                    step(m.hart);
                    for (int faults = 0; faults < 8 && !fetchable(m); faults++) {
                        step(m.hart);
                    }
                    state = next(reader);
                }
                assertThat(state).as("QEMU ran longer than the budget").isNull();
                assertThat(m.exitValue).as("Strata finished too, after %d steps", step).isEqualTo(TestMachine.PASS);
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The rd of the instruction at pc if it reads a counter CSR into a register, else 0. */
    private static int counterRead(TestMachine m) {
        long pa = m.hart.mmu().peek(m.hart.pc(), strata.cpu.mmu.Access.FETCH);
        int word = pa == strata.cpu.mmu.Mmu.PAGE_FAULT ? 0 : (int) m.bus.read(pa, 4);
        strata.assembler.isa.Opcode op = strata.assembler.isa.Opcode.decode(word);
        boolean csr = op != null && (op.format() == strata.assembler.isa.Format.CSR
                || op.format() == strata.assembler.isa.Format.CSRI);
        int number = strata.assembler.isa.Encoding.csr(word);
        boolean counter = (number & 0xf60) == 0xc00 || (number & 0xf60) == 0xb00;
        return csr && counter ? strata.assembler.isa.Encoding.rd(word) : 0;
    }

    /** One instruction, then the interrupt QEMU would take before logging the next state. */
    private static void step(Hart hart) {
        hart.run(1);
        hart.interpreter().takeInterrupt();
    }

    private static boolean fetchable(TestMachine m) {
        long pa = m.hart.mmu().peek(m.hart.pc(), strata.cpu.mmu.Access.FETCH);
        return pa != strata.cpu.mmu.Mmu.PAGE_FAULT && m.bus.read(pa, 4) != strata.cpu.bus.Bus.FAULT;
    }

    private static void compare(TestMachine m, Map<String, Long> qemu, int step) {
        Hart hart = m.hart;
        Map<String, Long> ours = new LinkedHashMap<>();
        ours.put("pc", Integer.toUnsignedLong(hart.pc()));
        for (int i = 1; i < 32; i++) {
            ours.put("x" + i, Integer.toUnsignedLong(hart.x(i)));
        }
        for (String name : CSRS) {
            ours.put(name, Integer.toUnsignedLong(hart.csr(Csr.numberOf(name))));
        }
        if (hart.csr(Csr.MCAUSE.number()) == 0) {
            ours.remove("mtval");
        }
        if (hart.csr(Csr.SCAUSE.number()) == 0) {
            ours.remove("stval");
        }
        for (Map.Entry<String, Long> entry : ours.entrySet()) {
            Long expected = qemu.get(entry.getKey());
            if (expected != null && !entry.getValue().equals(expected)) {
                fail(String.format("before step %d at pc 0x%08x (%s): %s is 0x%08x on Strata, 0x%08x on QEMU", step,
                        hart.pc(), instruction(hart, m.bus), entry.getKey(), entry.getValue(), expected));
            }
        }
    }

    private static String instruction(Hart hart, strata.cpu.bus.Bus bus) {
        long pa = hart.mmu().peek(hart.pc(), strata.cpu.mmu.Access.FETCH);
        long word = pa == strata.cpu.mmu.Mmu.PAGE_FAULT ? strata.cpu.bus.Bus.FAULT : bus.read(pa, 4);
        return word == strata.cpu.bus.Bus.FAULT ? "not fetchable" : new Disassembler().disassemble((int) word, hart.pc()).text();
    }

    /** The next state of the log, by name (pc, x1..x31, CSRs), or null at its end. */
    private static Map<String, Long> next(BufferedReader reader) {
        try {
            Map<String, Long> state = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] words = line.trim().split("\\s+");
                for (int i = 0; i + 1 < words.length; i += 2) {
                    String name = words[i].contains("/") ? words[i].substring(0, words[i].indexOf('/')) : words[i];
                    state.put(name, Long.parseLong(words[i + 1], 16));
                }
                if (line.startsWith(" x28")) {
                    return state;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
