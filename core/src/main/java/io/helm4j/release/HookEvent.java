package io.helm4j.release;

import java.util.Locale;
import java.util.Optional;

/** When a hook runs, as named in the {@code helm.sh/hook} annotation. */
public enum HookEvent {
    PRE_INSTALL, POST_INSTALL, PRE_DELETE, POST_DELETE, PRE_UPGRADE, POST_UPGRADE, PRE_ROLLBACK, POST_ROLLBACK, TEST;

    /** The annotation spelling, e.g. {@code pre-install}. */
    public String annotationName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses one (trimmed, lower-cased) annotation entry; {@code test-success} is {@code test}. */
    public static Optional<HookEvent> parse(String s) {
        if (s.equals("test-success")) {
            return Optional.of(TEST);
        }
        for (HookEvent e : values()) {
            if (e.annotationName().equals(s)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
