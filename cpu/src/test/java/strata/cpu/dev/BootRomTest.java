package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import strata.assembler.isa.Opcode;

/** The boot ROM's layout; BootRomQemuTest compares it with QEMU's word for word. */
class BootRomTest {
    private final ByteBuffer rom = ByteBuffer.wrap(BootRom.image(0x8000_0000, 0x87e0_0000, 0x8000_0040))
            .order(ByteOrder.LITTLE_ENDIAN);

    @Test
    void theResetVectorIsSixInstructions() {
        Opcode[] expected = {Opcode.AUIPC, Opcode.ADDI, Opcode.CSRRS, Opcode.LW, Opcode.LW, Opcode.JALR};
        for (int i = 0; i < expected.length; i++) {
            assertThat(Opcode.decode(rom.getInt(4 * i))).isEqualTo(expected[i]);
        }
        assertThat(rom.getInt(0)).as("auipc t0, 0").isEqualTo(0x00000297);
        assertThat(rom.getInt(20)).as("jr t0").isEqualTo(0x00028067);
    }

    @Test
    void theAddressesAndFirmwareInfoFollow() {
        assertThat(rom.getInt(24)).isEqualTo(0x8000_0000);
        assertThat(rom.getInt(32)).isEqualTo(0x87e0_0000);
        assertThat(rom.getInt(40)).as("OSBI").isEqualTo(0x4942534f);
        assertThat(rom.getInt(44)).isEqualTo(2);
        assertThat(rom.getInt(48)).isEqualTo(0x8000_0040);
        assertThat(rom.getInt(52)).as("next mode S").isEqualTo(1);
    }

    @Test
    void theRomFillsQemusRegionWithZerosAfterTheCode() {
        assertThat(rom.capacity()).isEqualTo(0xf000);
        for (int offset = 64; offset < rom.capacity(); offset += 4) {
            assertThat(rom.getInt(offset)).isZero();
        }
    }
}
