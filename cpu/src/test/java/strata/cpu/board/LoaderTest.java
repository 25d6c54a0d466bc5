package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.elf.ElfWriter;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Segment;
import strata.cpu.testing.Programs;

/** Reading executables and placing their segments in RAM, as QEMU's -kernel loader. */
class LoaderTest {
    private static final long RAM = 0x8000_0000L;
    private static final long RAM_SIZE = 16 << 20;
    private static final long FDT = VirtBoard.fdtAddress(RAM_SIZE, 4096);

    @Test
    void aLinkedProgramLoadsItsSegmentsWithTheirZeroFill() throws ProgramException {
        Program program = read(Programs.build("p.S", """
                .globl _start
                _start: j _start
                .data
                .word 0x11223344
                .bss
                .space 100
                """));
        assertThat(program.entry()).isEqualTo((int) RAM);
        assertThat(program.loadBase()).isEqualTo(RAM);
        Loader.Placement placement = Loader.place(program, RAM, RAM_SIZE, FDT, 4096);
        assertThat(placement.warnings()).isEmpty();
        assertThat(placement.chunks()).extracting(Loader.Chunk::address).containsExactly(RAM, RAM + 0x1000);
        Loader.Chunk data = placement.chunks().get(1);
        assertThat(data.data()).containsExactly(0x44, 0x33, 0x22, 0x11);
        assertThat(data.size()).isEqualTo(104);
    }

    @Test
    void symbolsAreFound() throws ProgramException {
        Program program = read(Programs.build("p.S", """
                .globl _start, tohost
                _start: j _start
                .data
                tohost: .word 0, 0
                """));
        assertThat(program.symbol("tohost")).isEqualTo(RAM + 0x1000);
        assertThat(program.symbol("fromhost")).isEqualTo(-1);
    }

    @Test
    void bytesOutsideRamAreDroppedWithAWarning() throws ProgramException {
        Program program = read(executable(segment(0x7fff_f000, new byte[] {1, 2, 3}, 0x1008),
                segment(0x1000_0000, new byte[] {4}, 4)));
        Loader.Placement placement = Loader.place(program, RAM, RAM_SIZE, FDT, 4096);
        assertThat(placement.chunks()).hasSize(1);
        assertThat(placement.chunks().get(0)).satisfies(chunk -> {
            assertThat(chunk.address()).isEqualTo(RAM);
            assertThat(chunk.data()).isEmpty();
            assertThat(chunk.size()).isEqualTo(8);
        });
        assertThat(placement.warnings()).containsExactly(
                "segment 0 (0x7ffff000..0x80000008) is partly outside RAM (0x80000000..0x81000000): only "
                        + "0x80000000..0x80000008 was loaded",
                "segment 1 (0x10000000..0x10000004) is outside RAM (0x80000000..0x81000000) and was not loaded");
    }

    @Test
    void theFileBytesOfASegmentCutAtTheRamBaseAreKept() throws ProgramException {
        byte[] bytes = new byte[0x1004];
        bytes[0x1000] = 7;
        Program program = read(executable(segment(0x7fff_f000, bytes, 0x1004)));
        Loader.Chunk chunk = Loader.place(program, RAM, RAM_SIZE, FDT, 4096).chunks().get(0);
        assertThat(chunk.data()).containsExactly(7, 0, 0, 0);
    }

    @Test
    void aProgramWithNothingInRamIsRefused() throws ProgramException {
        Program program = read(executable(segment(0x2000_0000, new byte[4], 4)));
        assertThatThrownBy(() -> Loader.place(program, RAM, RAM_SIZE, FDT, 4096))
                .hasMessage("no segment is in RAM (0x80000000..0x81000000): link the program there");
    }

    @Test
    void aProgramOverTheDeviceTreeIsRefused() throws ProgramException {
        Program program = read(executable(segment((int) FDT - 16, new byte[4], 64)));
        assertThatThrownBy(() -> Loader.place(program, RAM, RAM_SIZE, FDT, 4096))
                .hasMessage("segment 0 (0x80dffff0..0x80e00030) overlaps the device tree at 0x80e00000, at the top "
                        + "of RAM; give the machine more RAM");
    }

    @Test
    void anObjectFileIsNotAProgram() {
        ObjectFile object = Assembler.assemble("o.S", "nop\n", AssemblerOptions.defaults()).object();
        assertThatThrownBy(() -> Program.read(ElfWriter.write(object)))
                .hasMessage("a relocatable object, not an executable: link it first (strata link)");
    }

    @Test
    void anExecutableWithoutLoadableSegmentsIsRefused() {
        assertThatThrownBy(() -> read(executable(segment(0x8000_0000, new byte[0], 0))))
                .hasMessage("the executable has no segment to load");
    }

    @Test
    void garbageIsNotAnElfFile() {
        assertThatThrownBy(() -> Program.read("#!/bin/sh\n".getBytes()))
                .isInstanceOf(ProgramException.class)
                .hasMessageContaining("not an ELF file");
    }

    private static Program read(ObjectFile executable) throws ProgramException {
        return Program.read(ElfWriter.write(executable));
    }

    private static ObjectFile executable(Segment... segments) {
        return new ObjectFile(ObjectFile.Kind.EXECUTABLE, 0, 0x8000_0000, List.of(), List.of(), List.of(segments));
    }

    private static Segment segment(int address, byte[] data, int memorySize) {
        return new Segment(Segment.PT_LOAD, Segment.PF_R | Segment.PF_X, address, address, memorySize, 0x1000, data);
    }
}
