package strata.os.abi;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.isa.Registers;

/**
 * The kernel's structures whose layout is shared: the kernel assembles against the offsets in
 * {@code kernel-layout.inc}, and the debugger and the terminal UI read the same memory through
 * {@link Struct#offset}. docs/debug-abi.md describes them.
 */
public final class KernelLayout {

    /**
     * The registers of a thread saved at a trap from user mode: x1 to x31 at 4 * (n - 1), named by
     * their ABI names, then the pc to return to and the trap's cause and value.
     */
    public static final Struct TRAP_FRAME = new Struct("trap frame", "TF",
            "a thread's user registers, saved on entry to the kernel", trapFrameFields());

    private KernelLayout() {
    }

    /** Every shared structure, in the order the include lists them. */
    public static List<Struct> all() {
        return List.of(TRAP_FRAME);
    }

    private static List<Struct.Field> trapFrameFields() {
        List<Struct.Field> fields = new ArrayList<>();
        for (int x = 1; x < 32; x++) {
            fields.add(Struct.word(Registers.xName(x), "x" + x));
        }
        fields.add(Struct.word("epc", "the user pc: where sret returns"));
        fields.add(Struct.word("cause", "scause of the trap"));
        fields.add(Struct.word("tval", "stval of the trap"));
        return fields;
    }
}
