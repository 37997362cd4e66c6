package io.helm4j.release;

/** How a hook's last run ended, as Helm's {@code HookPhase} (written as {@link #label()}, e.g. {@code Succeeded}). */
public enum HookPhase {
    UNKNOWN("Unknown"), RUNNING("Running"), SUCCEEDED("Succeeded"), FAILED("Failed");

    private final String label;

    HookPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The phase Helm spells {@code label}, or null when it names none. */
    public static HookPhase fromLabel(String label) {
        for (HookPhase p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        return null;
    }
}
