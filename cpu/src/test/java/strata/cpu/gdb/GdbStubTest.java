package strata.cpu.gdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import strata.assembler.isa.Csr;
import strata.cpu.board.Machine;
import strata.cpu.board.Stop;
import strata.cpu.debug.DebugSession;
import strata.cpu.debug.DebugSessionTest;
import strata.cpu.debug.StopEvent;

/** The stub packet by packet, through a socket, with a client that speaks the protocol by hand. */
class GdbStubTest {
    private DebugSession session;
    private GdbStub stub;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    @BeforeEach
    void connect() throws Exception {
        Machine machine = DebugSessionTest.machine(DebugSessionTest.PROGRAM, Machine.Config.of(new ByteArrayOutputStream()));
        session = new DebugSession(machine);
        stub = new GdbStub(session, 0);
        stub.start();
        session.start(true);
        socket = new Socket(InetAddress.getLoopbackAddress(), stub.port());
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    @AfterEach
    void close() throws IOException {
        socket.close();
        stub.close();
        session.close();
    }

    /** Sends {@code data} as a packet, checks the ack, and returns the reply (acknowledged). */
    private String ask(String data) throws IOException {
        out.write(Packets.frame(data).getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(in.read()).as("ack").isEqualTo('+');
        return reply();
    }

    private String reply() throws IOException {
        int c;
        while ((c = in.read()) != '$') {
            assertThat(c).as("a packet").isNotNegative();
        }
        StringBuilder data = new StringBuilder();
        while ((c = in.read()) != '#') {
            data.append((char) c);
        }
        in.read();
        in.read();
        out.write('+');
        return data.toString();
    }

    private int symbol(String name) {
        return session.resolve(name);
    }

    @Test
    void theTargetIsStoppedAtResetWhenGdbConnects() throws IOException {
        assertThat(ask("?")).isEqualTo("T05thread:01;");
        assertThat(ask("p20")).isEqualTo("00100000");
        assertThat(ask("qAttached")).isEqualTo("1");
        assertThat(ask("qC")).isEqualTo("QC1");
        assertThat(ask("qfThreadInfo")).isEqualTo("m1");
        assertThat(ask("qsThreadInfo")).isEqualTo("l");
        assertThat(ask("Hg0")).isEqualTo("OK");
        assertThat(ask("Hc-1")).isEqualTo("OK");
    }

    @Test
    void qSupportedAndTheTargetDescription() throws IOException {
        assertThat(ask("qSupported:multiprocess+;swbreak+;hwbreak+")).isEqualTo(Queries.SUPPORTED);
        StringBuilder xml = new StringBuilder();
        String piece;
        do {
            piece = ask("qXfer:features:read:target.xml:" + Integer.toHexString(xml.length()) + ",200");
            xml.append(piece.substring(1));
        } while (piece.startsWith("m"));
        assertThat(piece).startsWith("l");
        assertThat(xml.toString()).contains("<architecture>riscv:rv32</architecture>",
                "<feature name=\"org.gnu.gdb.riscv.cpu\">", "<reg name=\"fp\" bitsize=\"32\" type=\"int\" regnum=\"8\"/>",
                "<reg name=\"pc\" bitsize=\"32\" type=\"code_ptr\" regnum=\"32\"/>",
                "<feature name=\"org.gnu.gdb.riscv.csr\">", "<reg name=\"mstatus\" bitsize=\"32\" regnum=\"833\" group=\"csr\"/>",
                "<feature name=\"org.gnu.gdb.riscv.virtual\">", "<reg name=\"priv\" bitsize=\"32\" regnum=\"4161\"/>")
                .endsWith("</target>\n");
        assertThat(ask("qXfer:features:read:other.xml:0,10")).isEqualTo("E00");
    }

    @Test
    void registersReadAndWritten() throws IOException {
        String all = ask("g");
        assertThat(all).hasSize(33 * 8).endsWith("00100000");
        assertThat(ask("P5=78563412")).isEqualTo("OK");
        assertThat(ask("p5")).isEqualTo("78563412");
        assertThat(session.register(5)).isEqualTo(0x12345678);
        assertThat(ask("P0=78563412")).isEqualTo("OK");
        assertThat(ask("p0")).isEqualTo("00000000");
        assertThat(ask("p1041")).as("priv: M").isEqualTo("03000000");
        assertThat(ask("P" + Integer.toHexString(65 + Csr.MSCRATCH.number()) + "=efbeadde")).isEqualTo("OK");
        assertThat(session.csr(Csr.MSCRATCH.number())).isEqualTo(0xdeadbeef);
        assertThat(ask("p" + Integer.toHexString(65 + 0x7c0))).as("no such CSR").isEqualTo("E01");
        String changed = "0".repeat(8 * 32) + "00000080";
        assertThat(ask("G" + changed)).isEqualTo("OK");
        assertThat(ask("p20")).isEqualTo("00000080");
        assertThat(ask("Gxyz")).isEqualTo("E01");
        assertThat(ask("Pzz")).isEqualTo("E01");
    }

    @Test
    void memoryByVirtualAddress() throws IOException {
        String counter = Integer.toHexString(symbol("counter"));
        assertThat(ask("m" + counter + ",4")).isEqualTo("00000000");
        assertThat(ask("M" + counter + ",4:01020304")).isEqualTo("OK");
        assertThat(ask("m" + counter + ",4")).isEqualTo("01020304");
        assertThat(ask("X" + counter + ",2:" + Packets.escape("#*"))).isEqualTo("OK");
        assertThat(ask("m" + counter + ",2")).isEqualTo("232a");
        assertThat(ask("m10000000,1")).as("a device is not read").isEqualTo("E14");
        assertThat(ask("m0,4")).isEqualTo("E14");
        assertThat(ask("M0,1:00")).isEqualTo("E14");
        assertThat(ask("m" + counter)).isEqualTo("E01");
        assertThat(ask("M" + counter + ",4:0102")).isEqualTo("E01");
    }

    @Test
    void breakpointsStepsAndContinue() throws IOException {
        String leaf = Integer.toHexString(symbol("leaf"));
        assertThat(ask("qSupported:swbreak+;hwbreak+")).isEqualTo(Queries.SUPPORTED);
        assertThat(ask("Z0," + leaf + ",4")).isEqualTo("OK");
        assertThat(ask("c")).isEqualTo("T05swbreak:;thread:01;");
        assertThat(ask("p20")).isEqualTo(Hex.register(symbol("leaf")));
        assertThat(ask("s")).isEqualTo("T05thread:01;");
        assertThat(ask("p20")).isEqualTo(Hex.register(symbol("leaf") + 4));
        assertThat(ask("z0," + leaf + ",4")).isEqualTo("OK");
        assertThat(ask("Z1," + Integer.toHexString(symbol("store")) + ",4")).isEqualTo("OK");
        assertThat(ask("vCont?")).isEqualTo("vCont;c;C;s;S");
        assertThat(ask("vCont;c")).isEqualTo("T05hwbreak:;thread:01;");
        assertThat(ask("vCont;s:1;c")).isEqualTo("T05thread:01;");
        assertThat(ask("p20")).isEqualTo(Hex.register(symbol("load")));
        assertThat(ask("C05")).as("continue with a signal: to the power-off").isEqualTo("W00");
    }

    @Test
    void watchpointsStopWithTheirAddress() throws IOException {
        String counter = Integer.toHexString(symbol("counter"));
        assertThat(ask("Z2," + counter + ",4")).isEqualTo("OK");
        assertThat(ask("c")).isEqualTo("T05watch:" + counter + ";thread:01;");
        assertThat(ask("z2," + counter + ",4")).isEqualTo("OK");
        assertThat(ask("Z3," + counter + ",4")).isEqualTo("OK");
        assertThat(ask("c")).isEqualTo("T05rwatch:" + counter + ";thread:01;");
        assertThat(ask("Z4," + counter + ",4")).isEqualTo("OK");
        assertThat(ask("z3," + counter + ",4")).isEqualTo("OK");
        assertThat(ask("Z9," + counter + ",4")).as("unknown type").isEmpty();
        assertThat(ask("Z2,zz,4")).isEqualTo("E01");
    }

    @Test
    void ctrlCStopsARunningTarget() throws IOException {
        assertThat(ask("P1=00000000")).isEqualTo("OK");
        session.setPc(symbol("spin"));
        out.write(Packets.frame("c").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(in.read()).isEqualTo('+');
        out.write(3);
        out.flush();
        assertThat(reply()).isEqualTo("T02thread:01;");
        assertThat(ask("p20")).isEqualTo(Hex.register(symbol("spin")));
    }

    @Test
    void unknownAndBadPacketsHarmNothing() throws IOException {
        assertThat(ask("qThisIsNotAPacket")).isEmpty();
        assertThat(ask("vMustReplyEmpty")).isEmpty();
        assertThat(ask("!")).isEmpty();
        out.write("$g#00".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(in.read()).as("refused").isEqualTo('-');
        assertThat(ask("?")).isEqualTo("T05thread:01;");
    }

    @Test
    void noAckMode() throws IOException {
        assertThat(ask("QStartNoAckMode")).isEqualTo("OK");
        out.write(Packets.frame("?").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(reply()).isEqualTo("T05thread:01;");
    }

    @Test
    void detachLetsTheGuestRunOn() throws Exception {
        assertThat(ask("D")).isEqualTo("OK");
        StopEvent end = stub.awaitExit();
        assertThat(((StopEvent.MachineStopped) end).stop()).isInstanceOf(Stop.PowerOff.class);
    }

    @Test
    void killEndsTheMachine() throws Exception {
        out.write(Packets.frame("k").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        StopEvent end = stub.awaitExit();
        assertThat(((StopEvent.MachineStopped) end).stop()).isEqualTo(new Stop.Quit());
        assertThat(session.awaitEnd(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void aHangUpLetsTheGuestRunOnAndAnotherGdbMayConnect() throws Exception {
        session.addBreakpoint("store");
        socket.close();
        assertThat(session.awaitStop(Duration.ofSeconds(30))).isInstanceOf(StopEvent.BreakpointHit.class);
        socket = new Socket(InetAddress.getLoopbackAddress(), stub.port());
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        assertThat(ask("p20")).isEqualTo(Hex.register(symbol("store")));
    }
}
