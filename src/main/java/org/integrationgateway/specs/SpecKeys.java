package org.integrationgateway.specs;

/** Spec item keys are {@code SPEC-<number>}; sorting by number keeps SPEC-9 before SPEC-10. */
final class SpecKeys {

    private SpecKeys() {
    }

    static int number(String key) {
        int dash = key.lastIndexOf('-');
        try {
            return Integer.parseInt(key.substring(dash + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException notNumbered) {
            return Integer.MAX_VALUE;
        }
    }
}
