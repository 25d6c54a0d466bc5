package strata.cpu.exec;

import java.util.OptionalInt;
import strata.cpu.hart.Csrs;
import strata.cpu.hart.Hart;
import strata.cpu.hart.Mstatus;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.mmu.Mmu;

/**
 * The instructions that change more than registers: the Zicsr instructions, ecall, ebreak,
 * mret, sret, wfi, sfence.vma and fence.i. The interpreter leaves its fast loop after each of
 * them, since any may change the privilege, the translation or the pending interrupts.
 *
 * <p>Privilege rules, as QEMU 7.2 applies them: wfi is illegal in U-mode and, with mstatus.TW,
 * in S-mode; sfence.vma is illegal in U-mode and, with mstatus.TVM, in S-mode; mret needs
 * M-mode and sret S-mode or higher (and no TSR in S-mode). ebreak leaves 0 in xtval, as QEMU
 * does.
 */
final class SystemInstructions {
    private final Hart hart;
    private final int[] x;
    private final Mmu mmu;
    private final DecodeCache cache;

    SystemInstructions(Hart hart, Mmu mmu, DecodeCache cache) {
        this.hart = hart;
        this.x = hart.registers();
        this.mmu = mmu;
        this.cache = cache;
    }

    /** Executes {@code packed} (immediate {@code imm}, instruction {@code word}) at {@code pc}; returns the next pc. */
    int execute(int packed, int imm, int word, int pc) {
        int op = packed & 0x7f;
        int priv = hart.privilegeLevel();
        return switch (op) {
            case Op.ECALL -> hart.traps().take(ecall(priv), 0, pc);
            case Op.EBREAK -> hart.traps().take(TrapCause.BREAKPOINT, 0, pc);
            case Op.MRET -> hart.traps().mret(pc, word);
            case Op.SRET -> hart.traps().sret(pc, word);
            case Op.WFI -> waitForInterrupt(priv, word, pc);
            case Op.SFENCE_VMA -> fenceVma(packed, priv, word, pc);
            case Op.FENCE_I -> {
                cache.flush();
                yield pc + 4;
            }
            default -> csr(packed, imm, word, pc);
        };
    }

    private static TrapCause ecall(int priv) {
        if (priv == Privilege.USER.level()) {
            return TrapCause.USER_ECALL;
        }
        return priv == Privilege.SUPERVISOR.level() ? TrapCause.SUPERVISOR_ECALL : TrapCause.MACHINE_ECALL;
    }

    private int waitForInterrupt(int priv, int word, int pc) {
        boolean trapped = (hart.mstatus() & Mstatus.TW) != 0 && priv == Privilege.SUPERVISOR.level();
        if (priv == Privilege.USER.level() || trapped) {
            return illegal(word, pc);
        }
        if (!hart.interrupts().wakesFromWfi()) {
            hart.startWaiting();
        }
        return pc + 4;
    }

    private int fenceVma(int packed, int priv, int word, int pc) {
        boolean trapped = (hart.mstatus() & Mstatus.TVM) != 0 && priv == Privilege.SUPERVISOR.level();
        if (priv == Privilege.USER.level() || trapped) {
            return illegal(word, pc);
        }
        int rs1 = Decoder.rs1(packed);
        int rs2 = Decoder.rs2(packed);
        mmu.fence(rs1 == 0 ? OptionalInt.empty() : OptionalInt.of(x[rs1]),
                rs2 == 0 ? OptionalInt.empty() : OptionalInt.of(x[rs2]));
        return pc + 4;
    }

    /**
     * csrrw/csrrs/csrrc and their immediate forms. The set and clear forms write nothing when
     * rs1 is x0 (or the immediate is 0), so reading a read-only CSR with them is legal.
     */
    private int csr(int packed, int imm, int word, int pc) {
        int op = packed & 0x7f;
        int rs1 = Decoder.rs1(packed);
        boolean immediate = op >= Op.CSRRWI;
        int operand = immediate ? rs1 : x[rs1];
        Csrs.Operation operation = switch (immediate ? op - Op.CSRRWI + Op.CSRRW : op) {
            case Op.CSRRW -> Csrs.Operation.WRITE;
            case Op.CSRRS -> Csrs.Operation.SET;
            default -> Csrs.Operation.CLEAR;
        };
        boolean writes = operation == Csrs.Operation.WRITE || rs1 != 0;
        long old = hart.csrs().execute(imm, operation, operand, writes);
        if (old == Csrs.ILLEGAL) {
            return illegal(word, pc);
        }
        x[Decoder.rd(packed)] = (int) old;
        return pc + 4;
    }

    private int illegal(int word, int pc) {
        return hart.traps().take(TrapCause.ILLEGAL_INSTRUCTION, word, pc);
    }
}
