package strata.assembler.elf;

import java.util.Arrays;
import java.util.Random;

/**
 * Random damage to a valid ELF file, aimed where it hurts: flipped bits anywhere, 32-bit fields
 * of the ELF header and the section header table set to boundary values, bytes of the headers
 * overwritten, or the file cut short.
 */
public final class Damage {
    private Damage() {
    }

    /** {@code original} with one random kind of damage: flipped bits, an overwritten field, a cut. */
    public static byte[] apply(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int headers = new ElfPatcher(bytes).read32(32);
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                int table = random.nextBoolean() ? 0 : headers;
                int at = table + random.nextInt(Math.min(bytes.length - table, 640)) & ~3;
                int[] values = {0, -1, 0x7fffffff, 0x80000000, bytes.length, bytes.length - 1, 1, random.nextInt()};
                if (at + 4 <= bytes.length) {
                    return new ElfPatcher(bytes).u32(at, values[random.nextInt(values.length)]).bytes();
                }
            }
            case 2 -> bytes[random.nextInt(Math.min(bytes.length, Elf.EHDR_SIZE + 128))] = (byte) random.nextInt();
            default -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
        }
        return bytes;
    }
}
