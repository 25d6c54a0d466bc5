package strata.os.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.diag.Diagnostic;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.os.abi.AbiIncludes;

/**
 * Builds the guest code of {@code os/} with Strata's own assembler and linker, during the Maven
 * build ({@code process-classes}):
 * <ol>
 * <li>the ABI includes into {@code target/generated/include/};
 * <li>the kernel: every {@code kernel/*.S}, {@code boot.S} first (its first instruction is the
 *     one at the RAM base), linked at 0x80000000 into {@code target/kernel.elf};
 * <li>each user program: every {@code user/lib/*.S} (in name order, as a C runtime's start-up
 *     file comes first) then {@code user/bin/NAME.S} or {@code user/sbin/NAME.S}, linked at 0x10000 into {@code target/rootfs/bin/NAME} or
 *     {@code target/rootfs/sbin/NAME}, the tree images/ packs into the default image.
 * </ol>
 * Every file is assembled with its own directory, its part's shared directory ({@code kernel/}
 * or {@code user/lib/}) and the generated includes on the include path. Any error is printed
 * as file:line:column and fails the build.
 *
 * <p>Usage: {@code OsBuild OS-DIRECTORY TARGET-DIRECTORY}.
 */
public final class OsBuild {
    /** Where user programs start, as Linux static binaries do. */
    public static final int USER_BASE = 0x10000;
    public static final String KERNEL = "kernel.elf";
    public static final String ROOTFS = "rootfs";
    public static final String INCLUDES = "generated/include";
    private static final String KERNEL_ENTRY_FILE = "boot.S";
    private static final String LIBRARY = "lib";

    private final Path os;
    private final Path target;
    private final List<String> errors = new ArrayList<>();

    private OsBuild(Path os, Path target) {
        this.os = os;
        this.target = target;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: OsBuild OS-DIRECTORY TARGET-DIRECTORY");
        }
        OsBuild build = new OsBuild(Path.of(args[0]), Path.of(args[1]));
        build.run();
        if (!build.errors.isEmpty()) {
            build.errors.forEach(System.err::println);
            throw new IllegalStateException("the guest code of os/ did not build: " + build.errors.size() + " error(s) above");
        }
    }

    private void run() throws IOException {
        Path includes = target.resolve(INCLUDES);
        AbiIncludes.write(includes);
        Path kernel = os.resolve("kernel");
        List<Path> kernelSources = sources(kernel, Comparator.comparing((Path p) -> !p.getFileName().toString().equals(KERNEL_ENTRY_FILE))
                .thenComparing(Path::toString));
        if (!kernelSources.isEmpty()) {
            link(assemble(kernelSources, options(kernel, includes)), LinkOptions.DEFAULT_BASE, target.resolve(KERNEL));
        }
        deleteTree(target.resolve(ROOTFS));                 // no program left over from an earlier build
        Path lib = os.resolve("user").resolve(LIBRARY);
        AssemblerOptions userOptions = options(lib, includes);
        List<LinkInput> library = assemble(sources(lib, Comparator.naturalOrder()), userOptions);
        for (String directory : programDirectories(os.resolve("user"))) {
            for (Path program : sources(os.resolve("user").resolve(directory), Comparator.naturalOrder())) {
                List<LinkInput> inputs = new ArrayList<>(library);
                inputs.addAll(assemble(List.of(program), userOptions));
                String name = program.getFileName().toString().replaceFirst("\\.S$", "");
                Path output = target.resolve(ROOTFS).resolve(directory).resolve(name);
                if (link(inputs, USER_BASE, output)) {
                    output.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The directories of user programs: every one in {@code user} but the library, by name. */
    private static List<String> programDirectories(Path user) throws IOException {
        if (!Files.isDirectory(user)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(user)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(LIBRARY)).sorted().toList();
        }
    }

    private static AssemblerOptions options(Path shared, Path includes) {
        return new AssemblerOptions(List.of(shared, includes), Map.of());
    }

    /** The {@code .S} files directly in {@code directory} (none if it does not exist), in {@code order}. */
    private static List<Path> sources(Path directory, Comparator<Path> order) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".S")).sorted(order).toList();
        }
    }

    private List<LinkInput> assemble(List<Path> sources, AssemblerOptions options) {
        List<LinkInput> objects = new ArrayList<>();
        for (Path source : sources) {
            AssemblyResult result = Assembler.assemble(source, options);
            report(result.diagnostics(), "");
            if (result.object() != null) {
                objects.add(new LinkInput(source.toString(), result.object()));
            }
        }
        return objects;
    }

    /** Keeps the errors for the end of the build and prints the warnings now. */
    private void report(List<Diagnostic> diagnostics, String prefix) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                errors.add(prefix + diagnostic.format());
            } else {
                System.err.println(prefix + diagnostic.format());
            }
        }
    }

    /** Links {@code inputs} at {@code base} into {@code output}; false (with the errors kept) if it failed. */
    private boolean link(List<LinkInput> inputs, int base, Path output) {
        if (!errors.isEmpty()) {
            return false;
        }
        LinkResult result = Linker.link(inputs, new LinkOptions(base, LinkOptions.DEFAULT_ENTRY));
        report(result.diagnostics(), output + ": ");
        if (!result.succeeded()) {
            return false;
        }
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.write(output, ElfWriter.write(result.executable()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
