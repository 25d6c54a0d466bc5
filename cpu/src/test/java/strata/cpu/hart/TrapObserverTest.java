package strata.cpu.hart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import strata.cpu.TestMachine;

/** A {@link Traps.Observer} hears each trap before it is taken and each return after it is done. */
class TrapObserverTest {

    @Test
    void hearsAnEcallFromUserModeAndTheSretBack() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t0, handler
                    csrw mtvec, t0
                    la t0, user
                    csrw mepc, t0
                    li t0, 0x1800
                    csrc mstatus, t0
                    mret
                user:
                    li a7, 64
                call:
                    ecall
                back:
                    ecall
                handler:
                    csrr t0, mcause
                    li t1, 8
                    bne t0, t1, done
                    csrr t0, mepc
                    addi t0, t0, 4
                    la t1, back
                    bne t0, t1, done
                    csrw mepc, t0
                    mret
                done:
                    li t0, 0x100000
                    li t1, 0x5555
                    sw t1, 0(t0)
                """);
        List<String> heard = new ArrayList<>();
        m.hart.traps().observe(new Traps.Observer() {
            @Override
            public void trapped(TrapCause cause, int epc, Privilege privilege) {
                heard.add(String.format("trap %s at %x in %s", cause, epc, privilege));
            }

            @Override
            public void returned(Privilege privilege, int pc) {
                heard.add(String.format("return to %s at %x", privilege, pc));
            }
        });
        assertThat(m.runToExit()).isEqualTo(TestMachine.PASS);
        assertThat(heard).containsExactly(
                String.format("return to USER at %x", m.symbol("user")),
                String.format("trap USER_ECALL at %x in USER", m.symbol("call")),
                String.format("return to USER at %x", m.symbol("back")),
                String.format("trap USER_ECALL at %x in USER", m.symbol("back")));
    }
}
