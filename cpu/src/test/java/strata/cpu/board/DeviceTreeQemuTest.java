package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.cpu.testing.HostTools;
import strata.cpu.testing.Qemu;

/**
 * The board's device tree is QEMU's, minus what Strata's board does not have: decompiled with
 * {@code dtc}, Strata's tree ({@code strata-virt.dts}) is QEMU 7.2's ({@code qemu-virt.dts},
 * {@code -machine virt,dumpdtb} with 128 MiB) with the nodes of the missing devices and
 * /chosen/rng-seed taken out, and {@code riscv,isa} naming what the hart implements. The
 * committed files are checked against dtc and QEMU where they are installed.
 */
class DeviceTreeQemuTest {
    private static final String ISA = "rv32ima_zicsr_zifencei";
    /** QEMU's nodes for devices Strata's board does not have. */
    private static final Pattern LEFT_OUT = Pattern.compile(
            "pmu|fw-cfg@.*|flash@.*|platform-bus@.*|pci@.*");

    @TempDir
    Path directory;

    @Test
    void strataIsQemuWithoutTheDevicesItDoesNotHave() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : withoutLeftOutNodes(resource("qemu-virt.dts"))) {
            expected.add(line.contains("riscv,isa = ") ? line.replaceAll("\".*\"", "\"" + ISA + "\"") : line);
        }
        assertThat(resource("strata-virt.dts")).isEqualTo(expected);
    }

    @Test
    void dtcReadsTheBlobAsStrataVirtDts() throws IOException {
        HostTools.require("dtc");
        Path blob = Files.write(directory.resolve("strata.dtb"), DeviceTree.virt(128L << 20, ISA));
        assertThat(decompile(blob)).isEqualTo(resource("strata-virt.dts"));
    }

    @Test
    void qemuVirtDtsIsStillQemusTree() throws IOException {
        HostTools.require("dtc");
        Qemu.require();
        Path blob = Files.write(directory.resolve("qemu.dtb"), Qemu.deviceTree(directory, 128));
        List<String> qemu = decompile(blob);
        qemu.removeIf(line -> line.contains("rng-seed = "));
        assertThat(qemu).isEqualTo(resource("qemu-virt.dts"));
    }

    private static List<String> decompile(Path blob) {
        HostTools.Run run = HostTools.run(List.of("dtc", "-q", "-I", "dtb", "-O", "dts", blob.toString()), new byte[0]);
        assertThat(run.status()).as(run.stderr()).isZero();
        return new ArrayList<>(run.text().lines().toList());
    }

    /** The lines of {@code dts} without the nodes in {@link #LEFT_OUT} (and the blank line after each). */
    private static List<String> withoutLeftOutNodes(List<String> dts) {
        List<String> kept = new ArrayList<>();
        String skippingUntil = null;
        boolean skipBlank = false;
        for (String line : dts) {
            String body = line.stripLeading();
            String indent = line.substring(0, line.length() - body.length());
            if (skippingUntil != null) {
                if (line.equals(skippingUntil)) {
                    skippingUntil = null;
                    skipBlank = true;
                }
            } else if (body.endsWith(" {") && LEFT_OUT.matcher(body.substring(0, body.length() - 2)).matches()) {
                skippingUntil = indent + "};";
            } else if (!(skipBlank && line.isEmpty())) {
                kept.add(line);
                skipBlank = false;
            } else {
                skipBlank = false;
            }
        }
        return kept;
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = DeviceTreeQemuTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
