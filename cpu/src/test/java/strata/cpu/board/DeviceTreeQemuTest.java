package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import strata.assembler.elf.ElfWriter;
import strata.cpu.testing.HostTools;
import strata.cpu.testing.Programs;
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

    @Test
    void anInitrdIsPlacedAndNamedInChosenAsQemuPlacesAndNamesIt() throws Exception {
        HostTools.require("dtc");
        Qemu.require();
        byte[] kernelElf = ElfWriter.write(Programs.build("kernel.S", ".globl _start\n_start: j _start\n"));
        Path kernel = Files.write(directory.resolve("kernel.elf"), kernelElf);
        byte[] initrd = new byte[5000];
        new java.util.Random(7).nextBytes(initrd);
        Path initrdFile = Files.write(directory.resolve("initrd"), initrd);
        for (int megabytes : new int[] {128, 512}) {
            Path qemuBlob = directory.resolve("qemu-" + megabytes + ".dtb");
            HostTools.Run run = HostTools.run(List.of(Qemu.COMMAND, "-machine", "virt,dumpdtb=" + qemuBlob, "-m",
                    megabytes + "M", "-bios", "none", "-kernel", kernel.toString(), "-initrd", initrdFile.toString(),
                    "-nographic"), new byte[0]);
            assertThat(run.status()).as(run.stderr()).isZero();
            Machine machine = new Machine(Program.read(kernelElf), Machine.Config.of(new ByteArrayOutputStream())
                    .withRam(megabytes << 20).withInitrd(initrd));
            Path strataBlob = Files.write(directory.resolve("strata-" + megabytes + ".dtb"), machine.deviceTree());

            List<String> chosen = chosen(decompile(strataBlob));
            assertThat(chosen).isEqualTo(chosen(decompile(qemuBlob)));
            long start = Long.decode(chosen.get(1).replaceAll(".*<(0x[0-9a-f]+)>;", "$1"));
            assertThat(start).isEqualTo(0x80000000L + Math.min(megabytes << 19, 128L << 20));
            assertThat(machine.bus().readBytes(start, initrd.length)).isEqualTo(initrd);
        }
    }

    /** The properties of /chosen but the random rng-seed, in order. */
    private static List<String> chosen(List<String> dts) {
        int at = dts.indexOf("\tchosen {");
        List<String> properties = new ArrayList<>();
        for (String line : dts.subList(at + 1, dts.size())) {
            if (line.equals("\t};")) {
                break;
            }
            if (!line.contains("rng-seed")) {
                properties.add(line.strip());
            }
        }
        return properties;
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
