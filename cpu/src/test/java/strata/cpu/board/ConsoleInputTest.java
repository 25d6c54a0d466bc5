package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class ConsoleInputTest {

    @Test
    void aStreamGivesItsBytesThenTheEnd() {
        StreamInput input = new StreamInput(new ByteArrayInputStream(new byte[] {'a', (byte) 0xff}));
        assertThat(input.interactive()).isFalse();
        assertThat(input.next()).isEqualTo('a');
        assertThat(input.next()).isEqualTo(0xff);
        assertThat(input.next()).isEqualTo(ConsoleInput.END);
        assertThat(input.next()).isEqualTo(ConsoleInput.END);
    }

    @Test
    void typedInputNeverWaits() {
        TypedInput input = new TypedInput();
        assertThat(input.interactive()).isTrue();
        assertThat(input.next()).isEqualTo(ConsoleInput.NONE);
        input.type('x');
        input.type(0x1ff);
        assertThat(input.next()).isEqualTo('x');
        assertThat(input.next()).isEqualTo(0xff);
        assertThat(input.next()).isEqualTo(ConsoleInput.NONE);
        input.end();
        assertThat(input.next()).isEqualTo(ConsoleInput.END);
    }

    @Test
    void awaitReturnsWhenABytePendsOrWhenWoken() throws InterruptedException {
        TypedInput input = new TypedInput();
        input.type('y');
        input.await(Long.MAX_VALUE);
        assertThat(input.next()).isEqualTo('y');
        Thread waker = new Thread(input::wake);
        waker.start();
        input.await(Long.MAX_VALUE);
        waker.join();
        assertThat(input.next()).isEqualTo(ConsoleInput.NONE);
    }

    @Test
    void awaitGivesUpAfterItsTime() throws InterruptedException {
        TypedInput input = new TypedInput();
        input.await(1_000_000);
        assertThat(input.next()).isEqualTo(ConsoleInput.NONE);
    }

    @Test
    void theEmptyInputIsOver() {
        assertThat(ConsoleInput.EMPTY.next()).isEqualTo(ConsoleInput.END);
    }
}
