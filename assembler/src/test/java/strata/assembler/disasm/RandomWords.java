package strata.assembler.disasm;

import java.util.List;
import java.util.Random;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Operand;
import strata.assembler.isa.RoundingMode;

/**
 * Random words for the randomised tests, from a seeded generator so that a failure repeats.
 */
final class RandomWords {
    private static final List<RoundingMode> MODES = List.of(RoundingMode.values());

    private final Random random;

    RandomWords(long seed) {
        random = new Random(seed);
    }

    /**
     * A canonical instance of {@code op}: every operand random within its range, reserved
     * fields zero, a defined rounding mode, and fence sets that are not empty (binutils
     * cannot assemble an empty one).
     */
    int canonical(Opcode op) {
        int word = op.match();
        for (Operand operand : op.format().operands()) {
            word = operand.insert(word, value(operand));
        }
        if (op.format().takesOrdering()) {
            word = Encoding.withAqrl(word, random.nextInt(4));
        }
        return word;
    }

    /** Any word that is an instance of {@code op}: the row's fixed bits, everything else random. */
    int instance(Opcode op) {
        return (random.nextInt() & ~op.mask()) | op.match();
    }

    int any() {
        return random.nextInt();
    }

    Opcode anyRow() {
        Opcode[] rows = Opcode.values();
        return rows[random.nextInt(rows.length)];
    }

    /** A random value for {@code operand}; the encoders keep only the bits the field has. */
    private int value(Operand operand) {
        return switch (operand.kind()) {
            case ROUNDING_MODE -> MODES.get(random.nextInt(MODES.size())).encoding();
            case FENCE_SET -> 1 + random.nextInt(15);
            default -> random.nextInt();
        };
    }
}
