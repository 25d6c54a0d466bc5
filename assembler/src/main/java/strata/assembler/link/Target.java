package strata.assembler.link;

/**
 * What a relocation's symbol resolved to: its name for messages and its address, or the fact
 * that it is undefined (weakly: it is 0; strongly: an error) or lies in a section the linker does
 * not load.
 */
record Target(String name, long address, State state) {

    enum State { DEFINED, UNDEFINED_WEAK, UNDEFINED, NOT_LOADED }

    static Target defined(String name, long address) {
        return new Target(name, address, State.DEFINED);
    }

    boolean isUsable() {
        return state == State.DEFINED || state == State.UNDEFINED_WEAK;
    }
}
