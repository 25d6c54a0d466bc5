package strata.cpu.bench;

import strata.cpu.TestMachine;

/**
 * A benchmark, not a test: runs CPU-bound programs (checksum, sort, matrix multiply) on a bare
 * hart and prints millions of instructions per second; with {@code qemu} among the arguments,
 * also the wall time of the same ELF under {@code qemu-system-riscv32 -machine virt -bios none}
 * (process start included). Run it with
 * {@code java -cp <cpu test classpath> strata.cpu.bench.HartBenchmark [repeats] [qemu] [programs]}.
 */
public final class HartBenchmark {
    private HartBenchmark() {
    }

    static final String CHECKSUM = """
            .globl _start
            _start:
                li s0, 2000             # passes
            pass:
                la a0, data
                li a1, 16384            # words
                li a2, 0
            1:  lw t0, 0(a0)
                add a2, a2, t0
                xor a2, a2, t0
                slli t1, a2, 1
                add a2, a2, t1
                addi a0, a0, 4
                addi a1, a1, -1
                bnez a1, 1b
                addi s0, s0, -1
                bnez s0, pass
                la t0, result
                sw a2, 0(t0)
                li t0, 0x100000
                li t1, 0x5555
                sw t1, 0(t0)
            .data
            result: .word 0
            data: .fill 16384, 4, 0x12345
            """;

    static final String SORT = """
            .globl _start
            _start:
                li s0, 200              # rounds
            round:
                la a0, data             # fill with a pseudo-random sequence
                li a1, 1000
                li t2, 12345
            1:  li t3, 1103515245
                mul t2, t2, t3
                addi t2, t2, 1234
                sw t2, 0(a0)
                addi a0, a0, 4
                addi a1, a1, -1
                bnez a1, 1b
                la a0, data             # insertion sort
                li a1, 1
                li a2, 1000
            outer:
                bge a1, a2, done
                slli t0, a1, 2
                add t0, a0, t0
                lw t1, 0(t0)
            inner:
                beq t0, a0, place
                lw t2, -4(t0)
                ble t2, t1, place
                sw t2, 0(t0)
                addi t0, t0, -4
                j inner
            place:
                sw t1, 0(t0)
                addi a1, a1, 1
                j outer
            done:
                addi s0, s0, -1
                bnez s0, round
                li t0, 0x100000
                li t1, 0x5555
                sw t1, 0(t0)
            .bss
            data: .space 4000
            """;

    static final String MATRIX = """
            .globl _start
            _start:
                li s0, 60               # rounds
            round:
                la s1, a
                la s2, b
                la s3, c
                li t0, 0                # i
            rows:
                li t1, 0                # j
            cols:
                li t2, 0                # k
                li t3, 0                # sum
            dot:
                slli t4, t0, 6          # a[i][k]: (i * 64 + k) * 4
                add t4, t4, t2
                slli t4, t4, 2
                add t4, t4, s1
                lw t5, 0(t4)
                slli t4, t2, 6          # b[k][j]
                add t4, t4, t1
                slli t4, t4, 2
                add t4, t4, s2
                lw t6, 0(t4)
                mul t5, t5, t6
                add t3, t3, t5
                addi t2, t2, 1
                li t4, 64
                blt t2, t4, dot
                slli t4, t0, 6
                add t4, t4, t1
                slli t4, t4, 2
                add t4, t4, s3
                sw t3, 0(t4)
                addi t1, t1, 1
                li t4, 64
                blt t1, t4, cols
                addi t0, t0, 1
                blt t0, t4, rows
                addi s0, s0, -1
                bnez s0, round
                li t0, 0x100000
                li t1, 0x5555
                sw t1, 0(t0)
            .data
            a: .fill 4096, 4, 3
            b: .fill 4096, 4, 5
            .bss
            c: .space 16384
            """;

    /** Arguments: the number of repeats, {@code qemu} to time QEMU too, then the programs (default all). */
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        java.util.List<String> rest = args.length > 1 ? java.util.List.of(args).subList(1, args.length)
                : java.util.List.of();
        boolean qemu = rest.contains("qemu");
        java.util.List<String> names = rest.stream().filter(name -> !name.equals("qemu")).toList();
        for (int r = 0; r < repeats; r++) {
            for (String name : names.isEmpty() ? java.util.List.of("checksum", "sort", "matrix") : names) {
                String source = switch (name) {
                    case "checksum" -> CHECKSUM;
                    case "sort" -> SORT;
                    default -> MATRIX;
                };
                measure(name, source);
                if (qemu) {
                    long start = System.nanoTime();
                    strata.cpu.Qemu.Run run = strata.cpu.Qemu.run(
                            strata.assembler.elf.ElfWriter.write(TestMachine.link(source)));
                    System.out.printf("%-9s under QEMU: %8.3f s (exit status %d)%n", name,
                            (System.nanoTime() - start) / 1e9, run.status());
                }
            }
        }
    }

    /**
     * Runs one program in bursts of a million instructions, as the board's run loop does between
     * timer deadlines, and prints MIPS over wall time and over the thread's CPU time (which a
     * busy machine disturbs less).
     */
    private static void measure(String name, String source) {
        TestMachine machine = TestMachine.of(source);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        while (machine.exitValue == null) {
            machine.hart.run(BURST);
        }
        long nanos = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long instructions = machine.hart.instret();
        System.out.printf("%-9s %,14d instructions %8.3f s %8.1f MIPS (%.1f MIPS of CPU time)%n", name, instructions,
                nanos / 1e9, instructions * 1e3 / nanos, instructions * 1e3 / cpu);
    }

    private static final long BURST = 1_000_000;
}
