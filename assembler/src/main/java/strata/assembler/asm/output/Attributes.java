package strata.assembler.asm.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import strata.assembler.asm.section.Architecture;

/**
 * The contents of {@code .riscv.attributes} as GNU {@code as} writes them: a "riscv" vendor
 * subsection with one file-scope subsection holding {@code Tag_RISCV_arch}, plus the privileged
 * spec version (1.11) when the file names a CSR or uses a privileged instruction.
 */
final class Attributes {
    private static final int TAG_FILE = 1;
    private static final int TAG_ARCH = 5;
    private static final int TAG_PRIV_SPEC = 8;
    private static final int TAG_PRIV_SPEC_MINOR = 10;
    private static final int PRIV_SPEC_MAJOR = 1;
    private static final int PRIV_SPEC_MINOR = 11;

    private Attributes() {
    }

    static byte[] contents(boolean privileged) {
        ByteArrayOutputStream attributes = new ByteArrayOutputStream();
        attributes.write(TAG_ARCH);
        attributes.writeBytes(Architecture.NAME.getBytes(StandardCharsets.US_ASCII));
        attributes.write(0);
        if (privileged) {
            attributes.write(TAG_PRIV_SPEC);
            attributes.write(PRIV_SPEC_MAJOR);
            attributes.write(TAG_PRIV_SPEC_MINOR);
            attributes.write(PRIV_SPEC_MINOR);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(TAG_FILE);
        writeWord(file, 1 + 4 + attributes.size());
        file.writeBytes(attributes.toByteArray());

        byte[] vendor = "riscv\0".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        section.write('A');
        writeWord(section, 4 + vendor.length + file.size());
        section.writeBytes(vendor);
        section.writeBytes(file.toByteArray());
        return section.toByteArray();
    }

    private static void writeWord(ByteArrayOutputStream out, int value) {
        for (int i = 0; i < 4; i++) {
            out.write(value >>> (8 * i));
        }
    }
}
