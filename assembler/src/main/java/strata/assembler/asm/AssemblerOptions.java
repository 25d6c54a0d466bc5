package strata.assembler.asm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to assemble: where {@code .include} looks after the including file's directory
 * ({@code -I}), and symbols defined before the first line ({@code --defsym name=value}).
 */
public record AssemblerOptions(List<Path> includeDirectories, Map<String, Long> definedSymbols) {

    public AssemblerOptions {
        includeDirectories = List.copyOf(includeDirectories);
        definedSymbols = Map.copyOf(definedSymbols);
    }

    public static AssemblerOptions defaults() {
        return new AssemblerOptions(List.of(), Map.of());
    }
}
