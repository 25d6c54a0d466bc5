package strata.cpu.debug;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import strata.cpu.board.Machine;
import strata.cpu.hart.Privilege;
import strata.cpu.mmu.Access;

/**
 * The debugger's view of memory under Sv32: page-table walks, virtual reads and writes that
 * leave A/D bits alone, and the TLB. The program maps RAM's first 4 MiB as a superpage (so it
 * can run in S-mode) and virtual 0x00400000 to {@code data_page} through a second-level table,
 * with A and D clear, then spins in S-mode.
 */
class InspectionTest {
    private static final String SV32 = """
            .globl _start
            _start:
                la t0, root
                la t1, leaf_table
                srli t1, t1, 12
                slli t1, t1, 10
                ori t1, t1, 1
                sw t1, 4(t0)
                li t1, 0x200000cf
                li t3, 0x800
                add t3, t3, t0
                sw t1, 0(t3)
                la t1, data_page
                srli t1, t1, 12
                slli t1, t1, 10
                ori t1, t1, 7
                la t4, leaf_table
                sw t1, 0(t4)
                srli t0, t0, 12
                li t1, 0x80000000
                or t0, t0, t1
                csrw satp, t0
                li t0, 0x1800
                csrc mstatus, t0
                li t0, 0x800
                csrs mstatus, t0
                la t0, s_mode
                csrw mepc, t0
                mret
            s_mode:
                j s_mode
            .data
            .balign 4096
            root: .space 4096
            leaf_table: .space 4096
            data_page: .word 0x11223344
            """;

    private DebugSession session;

    @BeforeEach
    void stopInSupervisorMode() throws Exception {
        session = new DebugSession(DebugSessionTest.machine(SV32, Machine.Config.of(new ByteArrayOutputStream())));
        session.start(true);
        session.runTo("s_mode");
        assertThat(session.awaitStop(Duration.ofSeconds(30))).isInstanceOf(StopEvent.Done.class);
        assertThat(session.privilege()).isEqualTo(Privilege.SUPERVISOR);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aWalkListsEachLevelAndItsFlags() {
        int root = session.resolve("root");
        int leafTable = session.resolve("leaf_table");
        int dataPage = session.resolve("data_page");
        PageWalk walk = session.walk(0x0040_0004);
        assertThat(walk.translated()).isTrue();
        assertThat(walk.fault()).isNull();
        assertThat(walk.physicalAddress()).isEqualTo(Integer.toUnsignedLong(dataPage) + 4);
        assertThat(walk.levels()).hasSize(2);
        PageWalk.Level top = walk.levels().get(0);
        assertThat(top.level()).isEqualTo(1);
        assertThat(top.pteAddress()).isEqualTo(Integer.toUnsignedLong(root) + 4);
        assertThat(top.flags()).isEqualTo("-------V");
        assertThat(top.ppn() << 12).isEqualTo(Integer.toUnsignedLong(leafTable));
        PageWalk.Level leaf = walk.levels().get(1);
        assertThat(leaf.pteAddress()).isEqualTo(Integer.toUnsignedLong(leafTable));
        assertThat(leaf.flags()).isEqualTo("-----WRV");
        assertThat(walk.allowed()).isEqualTo(new PageWalk.Allowed(true, true, false));
    }

    @Test
    void aSuperpageIsOneLevel() {
        PageWalk walk = session.walk(0x8000_0010);
        assertThat(walk.levels()).hasSize(1);
        assertThat(walk.levels().get(0).flags()).isEqualTo("DA--XWRV");
        assertThat(walk.physicalAddress()).isEqualTo(0x8000_0010L);
        assertThat(walk.allowed().fetch()).isTrue();
    }

    @Test
    void anUnmappedAddressFaultsAtTheLevelThatSaysSo() {
        PageWalk walk = session.walk(0x1234_5678);
        assertThat(walk.physicalAddress()).isEqualTo(PageWalk.NONE);
        assertThat(walk.fault()).isEqualTo("invalid PTE (V clear)");
        assertThat(walk.levels()).hasSize(1);
        assertThat(session.readMemory(AddressSpace.VIRTUAL, 0x1234_5678, 4)).isNull();
        assertThat(session.translate(0x1234_5678)).isEqualTo(-1);
    }

    @Test
    void virtualReadsAndWritesGoThroughThePageTableWithoutSettingAccessedOrDirty() {
        long dataPage = Integer.toUnsignedLong(session.resolve("data_page"));
        assertThat(session.readMemory(AddressSpace.VIRTUAL, 0x0040_0000, 4)).containsExactly(0x44, 0x33, 0x22, 0x11);
        assertThat(session.writeMemory(AddressSpace.VIRTUAL, 0x0040_0001, new byte[] {0x55})).isTrue();
        assertThat(session.readMemory(AddressSpace.PHYSICAL, dataPage, 4)).containsExactly(0x44, 0x55, 0x22, 0x11);
        assertThat(session.walk(0x0040_0000).levels().get(1).flags()).as("A and D still clear").isEqualTo("-----WRV");
        assertThat(session.writeMemory(AddressSpace.VIRTUAL, 0x0040_0ffe, new byte[] {1, 2, 3})).as("runs off the page")
                .isFalse();
        assertThat(session.readMemory(AddressSpace.PHYSICAL, dataPage + 0xffe, 2)).containsExactly(0, 0);
    }

    @Test
    void theTlbHoldsWhatTheHartFetched() {
        int page = session.resolve("s_mode") & ~0xfff;
        assertThat(session.tlb()).contains(
                new TlbEntry(Access.FETCH, (page >>> 12) & 0xff, page, Integer.toUnsignedLong(page)));
    }
}
