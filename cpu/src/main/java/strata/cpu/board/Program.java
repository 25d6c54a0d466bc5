package strata.cpu.board;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.elf.ElfFormatException;
import strata.assembler.elf.ElfReader;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/**
 * An executable read from an ELF file: the segments to load (PT_LOAD, at their physical
 * addresses, as QEMU's loader places them), the entry point, the lowest address loaded, and the
 * symbols the machine looks up ({@code tohost}, trace bounds).
 */
public final class Program {
    private final ObjectFile elf;
    private final List<Segment> loads;
    private final long loadBase;

    private Program(ObjectFile elf, List<Segment> loads) {
        this.elf = elf;
        this.loads = List.copyOf(loads);
        long lowest = Long.MAX_VALUE;
        for (Segment segment : loads) {
            lowest = Math.min(lowest, Integer.toUnsignedLong(segment.physicalAddress()));
        }
        this.loadBase = lowest;
    }

    /** Reads {@code bytes} as an ELF executable with at least one segment to load. */
    public static Program read(byte[] bytes) throws ProgramException {
        ObjectFile elf;
        try {
            elf = ElfReader.read(bytes);
        } catch (ElfFormatException e) {
            throw new ProgramException(e.getMessage());
        }
        if (elf.kind() != ObjectFile.Kind.EXECUTABLE) {
            throw new ProgramException("a relocatable object, not an executable: link it first (strata link)");
        }
        List<Segment> loads = new ArrayList<>();
        for (Segment segment : elf.segments()) {
            if (segment.type() == Segment.PT_LOAD && segment.memorySize() != 0) {
                loads.add(segment);
            }
        }
        if (loads.isEmpty()) {
            throw new ProgramException("the executable has no segment to load");
        }
        return new Program(elf, loads);
    }

    public ObjectFile elf() {
        return elf;
    }

    /** The PT_LOAD segments with a size, in file order. */
    public List<Segment> loads() {
        return loads;
    }

    /** The lowest physical address a segment is loaded at. */
    public long loadBase() {
        return loadBase;
    }

    public int entry() {
        return elf.entry();
    }

    /** The address of the defined symbol {@code name}, or -1 if the program has none. */
    public long symbol(String name) {
        Symbol symbol = elf.symbol(name);
        return symbol == null ? -1 : Integer.toUnsignedLong(symbol.value());
    }
}
