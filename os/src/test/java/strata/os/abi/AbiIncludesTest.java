package strata.os.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Binutils;
import strata.testkit.Run;

/**
 * The generated includes say what the tables say: assembled by GNU as (the reference for the
 * syntax), every {@code .equ} has the table's value, and the structure offsets are those of
 * {@link Struct}.
 */
class AbiIncludesTest {

    @Test
    void gnuAsReadsEveryValueOfTheTables(@TempDir Path directory) throws IOException {
        Binutils.require(Binutils.Tool.AS, Binutils.Tool.READELF);
        AbiIncludes.write(directory);
        Path source = directory.resolve("all.S");
        StringBuilder text = new StringBuilder();
        for (String include : AbiIncludes.all().keySet()) {
            text.append(".include \"").append(include).append("\"\n");
        }
        // Each .equ made global becomes an absolute symbol, so readelf lists its value.
        Map<String, Integer> expected = new HashMap<>();
        for (Syscall call : Syscall.values()) {
            expected.put("SYS_" + call.linuxName().replaceFirst("^_", ""), call.number());
        }
        for (Errno errno : Errno.values()) {
            expected.put(errno.name(), errno.number());
        }
        List<Struct> structs = new ArrayList<>(KernelLayout.all());
        structs.add(StrataAbi.PROCESS_INFO);
        for (Struct struct : structs) {
            for (Struct.Field field : struct.fields()) {
                expected.put(struct.prefix() + "_" + field.name().toUpperCase(Locale.ROOT), struct.offset(field.name()));
            }
            expected.put(struct.prefix() + "_SIZE", struct.size());
        }
        expected.keySet().forEach(name -> text.append(".globl ").append(name).append('\n'));
        text.append(".section .rodata\nERRNO_MESSAGES\n");
        Files.writeString(source, text);
        Path object = directory.resolve("all.o");
        Binutils.assemble(source, object, Binutils.AS_OPTIONS).assertQuiet();
        Run symbols = Binutils.runOn(Binutils.Tool.READELF, object, List.of("-sW")).assertSuccess();
        Map<String, Integer> values = new HashMap<>();
        for (String line : symbols.stdout().lines().toList()) {
            List<String> fields = List.of(line.trim().split("\\s+"));
            if (fields.size() == 8 && fields.get(6).equals("ABS")) {
                values.put(fields.get(7), (int) Long.parseLong(fields.get(1), 16));
            }
        }
        assertThat(values).containsAllEntriesOf(expected);
    }

    @Test
    void theTrapFrameHoldsTheThirtyOneRegistersThenTheTrap() {
        Struct frame = KernelLayout.TRAP_FRAME;
        assertThat(frame.offset("ra")).isZero();
        assertThat(frame.offset("t6")).isEqualTo(30 * 4);
        assertThat(frame.offset("epc")).isEqualTo(31 * 4);
        assertThat(frame.size()).isEqualTo(34 * 4);
    }

    @Test
    void fieldsAreAlignedToTheirSizeAndTheSizeToAWord() {
        Struct mixed = new Struct("mixed", "M", "", List.of(new Struct.Field("a", 1, ""),
                Struct.word("b", ""), new Struct.Field("c", 2, ""), new Struct.Field("d", 1, ""), new Struct.Field("e", 16, "")));
        assertThat(mixed.offsets()).containsExactly(0, 4, 8, 10, 12);
        assertThat(mixed.size()).isEqualTo(28);
        assertThat(new Struct("tail", "T", "", List.of(new Struct.Field("byte", 1, ""))).size()).isEqualTo(4);
    }
}
