package strata.cpu.board;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Interactive console input: bytes a reader thread takes from a terminal and {@link #type}s
 * here, and the machine takes without waiting. {@link #end} marks the end (the terminal closed);
 * {@link #wake} ends the machine's {@link #await} without a byte (to quit). Shared by the two
 * threads, so every method holds the lock.
 */
public final class TypedInput implements ConsoleInput {
    private final ArrayDeque<Integer> typed = new ArrayDeque<>();
    private boolean ended;
    private boolean woken;

    /** A byte the person typed. */
    public synchronized void type(int value) {
        typed.add(value & 0xff);
        notifyAll();
    }

    /** The input is over: the terminal closed. */
    public synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** Ends a wait in {@link #await} without a byte. */
    public synchronized void wake() {
        woken = true;
        notifyAll();
    }

    @Override
    public synchronized int next() {
        if (!typed.isEmpty()) {
            return typed.poll();
        }
        return ended ? END : NONE;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public synchronized void await(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while (typed.isEmpty() && !ended && !woken) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        woken = false;
    }
}
