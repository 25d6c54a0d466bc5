package strata.os.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Binutils;
import strata.testkit.Run;

/**
 * The generated includes say what the tables say: each assembled by GNU as (the reference for the
 * syntax), every {@code .equ} has the table's value, and the structure offsets are those of
 * {@link Struct}.
 */
class AbiIncludesTest {

    @Test
    void gnuAsReadsEveryValueOfTheTables(@TempDir Path directory) throws IOException {
        Binutils.require(Binutils.Tool.AS, Binutils.Tool.READELF);
        AbiIncludes.write(directory);
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        Map<String, Integer> syscalls = new HashMap<>();
        for (Syscall call : Syscall.values()) {
            syscalls.put("SYS_" + call.linuxName().replaceFirst("^_", ""), call.number());
        }
        expected.put(AbiIncludes.SYSCALLS, syscalls);
        Map<String, Integer> errnos = new HashMap<>();
        for (Errno errno : Errno.values()) {
            errnos.put(errno.name(), errno.number());
        }
        expected.put(AbiIncludes.ERRNO, errnos);
        expected.put(AbiIncludes.KERNEL_LAYOUT, offsets(KernelLayout.all()));
        expected.put(AbiIncludes.STRATA, offsets(List.of(StrataAbi.PROCESS_INFO)));
        Map<String, Integer> linux = new HashMap<>();
        for (LinuxAbi.Group group : LinuxAbi.groups()) {
            group.constants().forEach(constant -> linux.put(constant.name(), constant.value()));
        }
        expected.put(AbiIncludes.LINUX, linux);
        assertThat(expected.keySet()).isEqualTo(AbiIncludes.all().keySet());
        for (Map.Entry<String, Map<String, Integer>> include : expected.entrySet()) {
            assertThat(valuesGnuAsGives(directory, include.getKey(), include.getValue().keySet()))
                    .as(include.getKey()).containsAllEntriesOf(include.getValue());
        }
    }

    private static Map<String, Integer> offsets(List<Struct> structs) {
        Map<String, Integer> offsets = new HashMap<>();
        for (Struct struct : structs) {
            for (Struct.Field field : struct.fields()) {
                offsets.put(struct.prefix() + "_" + field.name().toUpperCase(Locale.ROOT), struct.offset(field.name()));
            }
            offsets.put(struct.prefix() + "_SIZE", struct.size());
        }
        return offsets;
    }

    /** The values of {@code names} after {@code include}, as GNU as assembles them. */
    private static Map<String, Integer> valuesGnuAsGives(Path directory, String include, Iterable<String> names)
            throws IOException {
        StringBuilder text = new StringBuilder(".include \"" + include + "\"\n");
        // Each .equ made global becomes an absolute symbol, so readelf lists its value.
        names.forEach(name -> text.append(".globl ").append(name).append('\n'));
        if (include.equals(AbiIncludes.ERRNO)) {
            text.append(".section .rodata\nERRNO_MESSAGES\n");
        }
        Path source = Files.writeString(directory.resolve(include + ".S"), text);
        Path object = directory.resolve(include + ".o");
        Binutils.assemble(source, object, Binutils.asOptions("-I", directory.toString())).assertQuiet();
        Run symbols = Binutils.runOn(Binutils.Tool.READELF, object, List.of("-sW")).assertSuccess();
        Map<String, Integer> values = new HashMap<>();
        for (String line : symbols.stdout().lines().toList()) {
            List<String> fields = List.of(line.trim().split("\\s+"));
            if (fields.size() == 8 && fields.get(6).equals("ABS")) {
                values.put(fields.get(7), (int) Long.parseLong(fields.get(1), 16));
            }
        }
        return values;
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
