package strata.cpu.isatest;

/** How a run of a test ended: the exit status (0 passed, n case n failed) and the console bytes. */
record Outcome(int status, byte[] console) {
}
