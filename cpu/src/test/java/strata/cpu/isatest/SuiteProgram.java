package strata.cpu.isatest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;

/**
 * A test of the suite built by Strata's own toolchain: the linked executable (code at the RAM
 * base, where QEMU and Strata enter it), its ELF file, and the names of its cases, which the
 * harness's CASE macro files in the object's {@code .case_names} section.
 */
record SuiteProgram(ObjectFile executable, byte[] elf, List<String> caseNames) {
    private static final String CASE_NAMES = ".case_names";

    /** Assembles and links {@code source}; an error of either fails the calling test. */
    static SuiteProgram build(Path source) {
        AssemblyResult assembly = Assembler.assemble(source,
                new AssemblerOptions(List.of(SuiteFile.INCLUDE), java.util.Map.of()));
        if (assembly.hasErrors()) {
            throw new AssertionError("the assembler rejects " + source + ":\n" + assembly.report());
        }
        LinkResult link = Linker.link(List.of(new LinkInput(source.toString(), assembly.object())),
                LinkOptions.defaults());
        if (!link.succeeded()) {
            throw new AssertionError("the linker rejects " + source + ": " + link.diagnostics());
        }
        return new SuiteProgram(link.executable(), ElfWriter.write(link.executable()), caseNames(assembly.object()));
    }

    /** What a status means: 0 passed, n the case numbered n failed (named, if it exists). */
    String verdict(int status) {
        if (status == 0) {
            return "passed";
        }
        String name = status >= 1 && status <= caseNames.size() ? " (" + caseNames.get(status - 1) + ")"
                : status == 255 ? " (outside any case)" : "";
        return "failed at case " + status + name;
    }

    private static List<String> caseNames(ObjectFile object) {
        Section section = object.section(CASE_NAMES);
        List<String> names = new ArrayList<>();
        if (section == null) {
            return names;
        }
        byte[] data = section.data();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                names.add(new String(data, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return names;
    }
}
