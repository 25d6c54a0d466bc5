package strata.cpu.dev;

/** An interrupt line for tests: remembers its level and how often it was driven. */
final class Wire implements InterruptLine {
    private boolean level;
    private int drives;

    @Override
    public void set(boolean level) {
        this.level = level;
        drives++;
    }

    boolean high() {
        return level;
    }

    int drives() {
        return drives;
    }
}
