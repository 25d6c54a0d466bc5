package strata.cpu.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.cpu.TestMachine;

class SmokeTest {

    @Test
    void sumsALoop() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li a0, 0
                    li a1, 100
                1:  add a0, a0, a1
                    addi a1, a1, -1
                    bnez a1, 1b
                    li t0, 0x100000
                    sw a0, 0(t0)
                """);
        assertThat(m.runToExit()).isEqualTo(5050);
    }
}
