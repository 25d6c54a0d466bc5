package strata.cpu.dev;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Registers;

/**
 * The mask ROM of QEMU's virt board at 0x1000, where every hart starts: the reset vector QEMU's
 * {@code riscv_setup_rom_reset_vec} writes, followed by OpenSBI's {@code fw_dynamic_info}. The
 * code enters the loaded program with a0 = the hart id, a1 = the address of the device tree and
 * a2 = the address of {@code fw_dynamic_info}:
 *
 * <pre>
 *   0x1000  auipc t0, 0           t0 = 0x1000
 *   0x1004  addi  a2, t0, 40      a2 = fw_dynamic_info
 *   0x1008  csrr  a0, mhartid
 *   0x100c  lw    a1, 32(t0)      the device tree's address
 *   0x1010  lw    t0, 24(t0)      the start address
 *   0x1014  jr    t0
 *   0x1018  start address (64 bits), 0x1020 device tree address (64 bits)
 *   0x1028  fw_dynamic_info: magic "OSBI", version 2, next address, next mode S, options 0, boot hart 0
 * </pre>
 *
 * With {@code -bios none} the start address is the RAM base, and the next address of
 * fw_dynamic_info is the lowest address the program was loaded at (not its ELF entry: QEMU 7.2's
 * {@code riscv_load_kernel} returns the load base). The words are built from the toolchain's
 * instruction table; a test compares them with QEMU's.
 */
public final class BootRom {
    public static final long BASE = 0x1000;
    /** QEMU's mrom region runs to 0xffff; the rest of it reads as zeros. */
    public static final int SIZE = 0xf000;
    private static final int START_OFFSET = 24;
    private static final int FDT_OFFSET = 32;
    private static final int INFO_OFFSET = 40;
    private static final int INFO_MAGIC = 0x4942534f;
    private static final int INFO_VERSION = 2;
    private static final int NEXT_MODE_SUPERVISOR = 1;

    private BootRom() {
    }

    /**
     * The ROM's bytes for a boot that jumps to {@code start} with the device tree at {@code fdt},
     * telling a firmware there that the next stage was loaded at {@code next}.
     */
    public static byte[] image(int start, int fdt, int next) {
        int t0 = Registers.x("t0");
        int a0 = Registers.x("a0");
        int a1 = Registers.x("a1");
        int a2 = Registers.x("a2");
        int[] words = {
                Encoding.withImmU(Encoding.withRd(Opcode.AUIPC.match(), t0), 0),
                Encoding.withImmI(Encoding.withRs1(Encoding.withRd(Opcode.ADDI.match(), a2), t0), INFO_OFFSET),
                Encoding.withCsr(Encoding.withRd(Opcode.CSRRS.match(), a0), Csr.MHARTID.number()),
                Encoding.withImmI(Encoding.withRs1(Encoding.withRd(Opcode.LW.match(), a1), t0), FDT_OFFSET),
                Encoding.withImmI(Encoding.withRs1(Encoding.withRd(Opcode.LW.match(), t0), t0), START_OFFSET),
                Encoding.withRs1(Opcode.JALR.match(), t0),
                start, 0,
                fdt, 0,
                INFO_MAGIC, INFO_VERSION, next, NEXT_MODE_SUPERVISOR, 0, 0,
        };
        ByteBuffer rom = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int word : words) {
            rom.putInt(word);
        }
        return rom.array();
    }
}
