package strata.cpu.dev;

import java.util.ArrayList;
import java.util.List;

/** A power control for tests: writes down what the guest asked for. */
final class PowerLog implements PowerControl {
    final List<String> requests = new ArrayList<>();

    @Override
    public void powerOff(String device, boolean passed, long code) {
        requests.add(device + (passed ? " pass" : " fail " + code));
    }

    @Override
    public void reset(String device) {
        requests.add(device + " reset");
    }
}
