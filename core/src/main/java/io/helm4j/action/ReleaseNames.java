package io.helm4j.action;

import io.helm4j.Helm4jException;
import java.util.regex.Pattern;

/** Release name rules (Helm's {@code ValidateReleaseName}) and generated names. */
final class ReleaseNames {
    static final int MAX_LENGTH = 53;
    private static final Pattern VALID = Pattern.compile(
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

    private ReleaseNames() {
    }

    /** Helm's {@code ValidateReleaseName} as a test. */
    static boolean valid(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_LENGTH && VALID.matcher(name).matches();
    }

    static void validate(String name) {
        if (name == null || name.isEmpty()) {
            throw new Helm4jException("release name \"\": no name provided");
        }
        if (name.length() > MAX_LENGTH || !VALID.matcher(name).matches()) {
            throw new Helm4jException("release name \"" + name + "\": invalid release name, must match regex "
                    + "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ "
                    + "and the length must not be longer than 53");
        }
    }

    /** {@code --generate-name}: the chart's base name up to its first dot, then the epoch seconds. */
    static String generate(String chartArg, long epochSeconds) {
        String p = chartArg;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String base = p.substring(p.lastIndexOf('/') + 1);
        if (base.equals(".") || base.isEmpty()) {
            base = "chart";
        }
        int dot = base.indexOf('.');
        if (dot >= 0) {
            base = base.substring(0, dot);
        }
        return base + "-" + epochSeconds;
    }
}
