package strata.assembler.link;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import strata.assembler.diag.Diagnostic;
import strata.assembler.elf.ElfFormatException;
import strata.assembler.elf.ElfReader;

/**
 * Links object files named by path, as {@code strata link} does: each file is read and checked
 * first (a missing, unreadable or damaged file is an error naming it), then, if all were read,
 * they are linked. Messages name each file by the path as given.
 */
public final class LinkFiles {
    private LinkFiles() {
    }

    public static LinkResult link(List<Path> files, LinkOptions options) {
        List<LinkInput> inputs = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            try {
                inputs.add(new LinkInput(name, ElfReader.read(Files.readAllBytes(file))));
            } catch (NoSuchFileException e) {
                problems.add(Diagnostic.error(name, "no such file"));
            } catch (AccessDeniedException e) {
                problems.add(Diagnostic.error(name, "permission denied"));
            } catch (IOException e) {
                problems.add(Diagnostic.error(name, Files.isDirectory(file) ? "is a directory"
                        : "cannot be read (" + e.getMessage() + ")"));
            } catch (ElfFormatException e) {
                problems.add(Diagnostic.error(name, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new LinkResult(null, problems);
        }
        return Linker.link(inputs, options);
    }
}
