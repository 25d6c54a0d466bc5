package strata.cli;

/**
 * The console's escape key, as QEMU's {@code -nographic} console has it: Ctrl-A, then
 * {@code x} quits, {@code h} shows the keys, Ctrl-A sends one Ctrl-A to the guest; any other key
 * after Ctrl-A is dropped. Everything else passes through. Fed one byte at a time.
 */
final class ConsoleEscape {
    static final int CTRL_A = 0x01;
    static final String HELP = "C-a h    print this help\r\nC-a x    exit the machine\r\nC-a C-a  send C-a\r\n";

    /** What a byte typed amounts to. */
    enum Action { PASS, QUIT, HELP, NOTHING }

    private boolean escaped;

    /** What {@code value}, the next byte typed, does; on PASS the byte goes to the guest. */
    Action feed(int value) {
        if (!escaped) {
            if (value == CTRL_A) {
                escaped = true;
                return Action.NOTHING;
            }
            return Action.PASS;
        }
        escaped = false;
        return switch (value) {
            case CTRL_A -> Action.PASS;
            case 'x', 'X' -> Action.QUIT;
            case 'h', 'H', '?' -> Action.HELP;
            default -> Action.NOTHING;
        };
    }
}
