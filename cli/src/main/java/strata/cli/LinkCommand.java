package strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.assembler.diag.Diagnostic;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.FlatBinary;
import strata.assembler.link.LinkFiles;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.object.ObjectFile;

/**
 * {@code strata link}: links RV32 object files into an ELF executable with the layout of
 * docs/linker.md, or into a flat binary. Every problem of every file is reported as
 * {@code file: error: message}; on an error the output file is not written and the status is 1.
 */
@Command(name = "link",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Link RV32 object files into an executable: code at the base address, then read-only data, "
                + "data and .bss, each segment on its own pages (docs/linker.md).")
public final class LinkCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.o", description = "Relocatable objects, linked in this order.")
    private List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write.")
    private Path output;

    @Option(names = "--base", paramLabel = "ADDR", converter = AddressConverter.class, defaultValue = "0x80000000",
            description = "Address of the code, a multiple of 4 KiB (default: ${DEFAULT-VALUE}, the machine's RAM; "
                    + "user programs use 0x10000).")
    private int base;

    @Option(names = {"-e", "--entry"}, paramLabel = "SYM", defaultValue = LinkOptions.DEFAULT_ENTRY,
            description = "Entry point: a global symbol or an address (default: ${DEFAULT-VALUE}).")
    private String entry;

    @Option(names = "--binary", description = "Write a flat memory image (like objcopy -O binary) instead of ELF.")
    private boolean binary;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LinkResult result = LinkFiles.link(files, new LinkOptions(base, entry));
        result.diagnostics().forEach(diagnostic -> err.println(diagnostic.format()));
        if (!result.succeeded()) {
            return 1;
        }
        ObjectFile executable = result.executable();
        if (binary && FlatBinary.length(executable) > FlatBinary.MAX_LENGTH) {
            err.println(Diagnostic.error("strata link", String.format("a flat binary from 0x%08x would be %d bytes"
                    + " long, too large to write", FlatBinary.start(executable), FlatBinary.length(executable)))
                    .format());
            return 1;
        }
        byte[] bytes = binary ? FlatBinary.of(executable) : ElfWriter.write(executable);
        if (binary && bytes.length > 0 && executable.entry() != FlatBinary.start(executable)) {
            err.println(warning(String.format("the entry point 0x%08x is not the first byte of the flat binary"
                    + " (0x%08x): put the file that defines %s first", executable.entry(),
                    FlatBinary.start(executable), entry)));
        }
        try {
            Files.write(output, bytes);
            if (!binary) {
                // As GNU ld does: an executable can be run (qemu-riscv32 refuses a file without x).
                output.toFile().setExecutable(true, false);
            }
        } catch (IOException e) {
            err.println(Diagnostic.error(output.toString(), "cannot write it (" + e.getMessage() + ")").format());
            return 1;
        }
        return 0;
    }

    private static String warning(String message) {
        return new Diagnostic(Diagnostic.Severity.WARNING, "strata link", 0, 0, message, null).format();
    }

    /** Parses an address: decimal, or hexadecimal after 0x, up to 0xffffffff. */
    static final class AddressConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            Long address = LinkOptions.address(text);
            if (address == null) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not an address (0 to 0xffffffff)");
            }
            return address.intValue();
        }
    }
}
