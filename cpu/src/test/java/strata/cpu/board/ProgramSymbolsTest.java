package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.elf.ElfWriter;
import strata.cpu.testing.Programs;

class ProgramSymbolsTest {
    private final Program program;
    private final ProgramSymbols symbols;

    ProgramSymbolsTest() throws ProgramException {
        program = Program.read(ElfWriter.write(Programs.build("s.S", """
                .globl _start, main
                _start:
                local_start:
                    nop
                main:
                .L1:
                    nop
                    nop
                    j .L1
                .data
                value: .word 1
                """)));
        symbols = new ProgramSymbols(program.elf());
    }

    @Test
    void anAddressIsTheNearestSymbolAtOrBelowIt() {
        assertThat(symbols.label(0x8000_0000)).as("the global wins").isEqualTo("_start");
        assertThat(symbols.label(0x8000_0004)).isEqualTo("main");
        assertThat(symbols.label(0x8000_000c)).as(".L labels name nothing").isEqualTo("main+0x8");
        assertThat(symbols.label(0x8000_1000)).isEqualTo("value");
        assertThat(symbols.label(0x7fff_fffc)).isNull();
    }

    @Test
    void traceBoundsAreSymbolsOrNumbers() {
        assertThat(ProgramSymbols.address(program, "main")).isEqualTo(0x8000_0004L);
        assertThat(ProgramSymbols.address(program, "0x80000010")).isEqualTo(0x8000_0010L);
        assertThat(ProgramSymbols.address(program, "4096")).isEqualTo(4096);
        assertThat(ProgramSymbols.address(program, "nowhere")).isEqualTo(-1);
        assertThat(ProgramSymbols.address(program, "0x100000000")).isEqualTo(-1);
    }
}
