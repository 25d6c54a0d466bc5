package strata.cpu.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.cpu.TestMachine;

/**
 * What the QEMU-refereed Sv32 cases cannot show: sfence.vma by address drops every page of a
 * superpage, peeking has no side effects, translated accesses reach devices, and the TLB counts.
 */
class MmuTest {
    /**
     * Enters S-mode at smode with Sv32 on: RAM, the UART and the finisher mapped at their own
     * addresses by megapages, VA 0x40000000 mapping the first 4 MiB of RAM read-only; load page
     * faults delegated to S-mode. The root table is the program's {@code root}.
     */
    private static final String SETUP = """
            .globl _start
            _start:
                la t0, root
                li t1, 0x80000 << 10 | 0xcf         # RAM, identity, RWX A D
                li t2, 0x200 * 4
                add t2, t0, t2
                sw t1, 0(t2)
                li t1, 0x10000 << 10 | 0xc7         # the UART page, identity
                sw t1, 0x40 * 4(t0)
                li t1, 0xc7                         # the finisher's page, identity
                sw t1, 0(t0)
                li t1, 1 << 13                      # load page faults go to S-mode
                csrw medeleg, t1
                li t1, 0x80000 << 10 | 0xc3         # VA 0x40000000: the same 4 MiB, read-only
                li t2, 0x100 * 4
                add t2, t0, t2
                sw t1, 0(t2)
                srli t0, t0, 12
                li t1, 1 << 31
                or t0, t0, t1
                csrw satp, t0
                la t0, smode
                csrw mepc, t0
                li t0, 1 << 11
                csrs mstatus, t0
                mret
            """;

    @Test
    void sfenceByAddressDropsEveryPageOfASuperpage() {
        TestMachine m = TestMachine.of(SETUP + """
                smode:
                    la a3, data1
                    li t0, 0x80000000 - 0x40000000
                    sub a3, a3, t0                  # data1 through the megapage
                    li t2, 4096
                    add a5, a3, t2
                    lw a0, 0(a3)                    # first page of data1
                    lw a1, 0(a5)                    # second page
                    la t0, root                     # remap the megapage 8 KiB further: not 4 MiB
                    li t1, 0x100 * 4                # aligned, so it faults from now on
                    add t0, t0, t1
                    li t1, (0x80000 + 2) << 10 | 0xc3
                    sw t1, 0(t0)
                    sfence.vma a3                   # one page named, the whole superpage goes
                    la t0, after
                    csrw stvec, t0
                    lw a2, 0(a5)
                    li a2, 1
                after:
                    csrr a4, scause
                    li t0, 0x100000
                    sw zero, 0(t0)
                .data
                .balign 4096
                data1: .word 0x11111111
                .balign 4096
                data2: .word 0x22222222
                .bss
                .balign 4096
                root: .space 4096
                """);
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(0x11111111);
        assertThat(m.hart.x(11)).isEqualTo(0x22222222);
        assertThat(m.hart.x(12)).as("the load after the fence did not complete").isZero();
        assertThat(m.hart.x(14)).isEqualTo(13);
    }

    @Test
    void translatedStoresReachDevices() {
        TestMachine m = TestMachine.of(SETUP + """
                smode:
                    li t0, 0x10000000
                    li t1, 'S'
                    sb t1, 0(t0)
                    li t0, 0x100000
                    sw zero, 0(t0)
                .bss
                .balign 4096
                root: .space 4096
                """);
        m.runToExit();
        assertThat(m.console.toString()).isEqualTo("S");
    }

    @Test
    void peekingSetsNoAccessedBitAndCachesNothing() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t0, root
                    la t1, l0
                    srli t1, t1, 2
                    ori t1, t1, 1
                    li t2, 0x100 * 4
                    add t2, t0, t2
                    sw t1, 0(t2)
                    la t1, l0
                    la t2, page
                    srli t2, t2, 2
                    ori t2, t2, 0x03                # R, V; A clear
                    sw t2, 0(t1)
                    srli t0, t0, 12
                    li t1, 1 << 31
                    or t0, t0, t1
                    csrw satp, t0
                    li t0, 1 << 11 | 1 << 17        # loads and stores as S-mode
                    csrw mstatus, t0
                end:
                    j end
                .bss
                .balign 4096
                root: .space 4096
                l0: .space 4096
                page: .space 4096
                """);
        m.hart.run(100);
        assertThat(m.hart.pc()).isEqualTo(m.symbol("end"));
        long misses = m.hart.mmu().misses();
        assertThat(m.hart.mmu().peek(0x40000000, Access.LOAD)).isEqualTo(Integer.toUnsignedLong(m.symbol("page")));
        assertThat(m.hart.mmu().peek(0x40000000, Access.STORE)).isEqualTo(Mmu.PAGE_FAULT);
        assertThat(m.word(Integer.toUnsignedLong(m.symbol("l0"))) & 0xc0).isZero();
        assertThat(m.hart.mmu().misses()).isEqualTo(misses);
        assertThat(m.hart.mmu().dataTlb().loadTag[Tlb.index(0x40000000)]).isEqualTo(Tlb.INVALID);
    }

    @Test
    void theTlbCountsLookupsAndMisses() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la a0, data
                    li s0, 100
                loop:
                    lw a1, 0(a0)
                    sw a1, 4(a0)
                    addi s0, s0, -1
                    bnez s0, loop
                    li t0, 0x100000
                    sw zero, 0(t0)
                .data
                data: .word 1, 2
                """);
        m.runToExit();
        assertThat(m.hart.mmu().lookups()).isGreaterThanOrEqualTo(200);
        assertThat(m.hart.mmu().misses()).isBetween(2L, 6L);
    }
}
