package strata.cpu.isatest;

import java.util.List;

/**
 * The two kinds of test in the suite, by the board that referees them: {@code spike/} tests end
 * through HTIF and run on QEMU's spike machine; {@code virt/} tests use the devices of the virt
 * board and end through sifive_test. Strata's board runs both.
 */
enum Board {
    SPIKE("spike"),
    VIRT("virt");

    /**
     * The hart QEMU emulates: Strata's ISA, RV32IMA with S and U modes. QEMU's default adds C,
     * F, D and H, which would change misa, instruction-address alignment and the delegable
     * traps and interrupts.
     */
    private static final String CPU = "rv32,c=off,f=off,d=off,h=off";

    /** Strata's default RAM size, which QEMU's virt board has too (its spike board has more). */
    private static final String RAM = "128M";

    private final String machine;

    Board(String machine) {
        this.machine = machine;
    }

    /** The suite's directory of this board's tests, and QEMU's name of the machine. */
    String directory() {
        return machine;
    }

    /** QEMU's options to boot {@code kernel} on this board, without a firmware. */
    List<String> qemuOptions(String kernel) {
        return List.of("-machine", machine, "-cpu", CPU, "-m", RAM, "-bios", "none", "-nographic",
                "-monitor", "none", "-kernel", kernel);
    }
}
