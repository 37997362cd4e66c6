package io.helm4j.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one renderer made of a case: the rendered bytes of the expression, or an error message. */
record Outcome(byte[] value, String raw, String error) {
    private static final Pattern R = Pattern.compile("(?m)^r: \"([A-Za-z0-9+/=]*)\"$");

    static Outcome error(String message) {
        return new Outcome(null, null, message == null ? "(no message)" : message);
    }

    /** Reads the {@code r:} line of a rendered chart (value null without one); keeps the whole output as raw. */
    static Outcome rendered(String output) {
        Matcher m = R.matcher(output);
        return new Outcome(m.find() ? Base64.getDecoder().decode(m.group(1)) : null, output, null);
    }

    /** The same output or the same error text, exactly (helm4-judge against the command line). */
    boolean identical(Outcome o) {
        return java.util.Objects.equals(raw, o.raw) && java.util.Objects.equals(error, o.error);
    }

    boolean failed() {
        return error != null;
    }

    /** Both failed, or both rendered the same bytes. */
    boolean agrees(Outcome o) {
        if (failed() || o.failed()) {
            return failed() && o.failed();
        }
        return value != null && o.value != null ? java.util.Arrays.equals(value, o.value)
            : value == null && o.value == null && raw.strip().equals(o.raw.strip());
    }

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{6,}");

    /** Both rendered, and the values agree once pointer addresses (fmt's 0x... of a pointer in a map) are blanked. */
    static boolean agreesBarAddresses(Outcome a, Outcome b) {
        if (a.failed() || b.failed() || a.value == null || b.value == null) {
            return false;
        }
        String x = ADDRESS.matcher(new String(a.value, StandardCharsets.ISO_8859_1)).replaceAll("0x");
        String y = ADDRESS.matcher(new String(b.value, StandardCharsets.ISO_8859_1)).replaceAll("0x");
        return x.equals(y);
    }

    /** The same kind of disagreement with {@code reference} as {@code was} had with its reference. */
    static boolean sameKind(Outcome a, Outcome ref, Outcome wasA, Outcome wasRef) {
        return !a.agrees(ref) && a.failed() == wasA.failed() && ref.failed() == wasRef.failed();
    }

    /** For reports: the value as Go's %q would show it (bytes escaped), or the error. */
    String show() {
        if (failed()) {
            return "ERROR " + error.replace("\n", "⏎");
        }
        if (value == null) {
            return "OUTPUT " + raw.strip().replace("\n", "⏎");
        }
        StringBuilder b = new StringBuilder("\"");
        String s = new String(value, StandardCharsets.UTF_8);
        boolean valid = java.util.Arrays.equals(s.getBytes(StandardCharsets.UTF_8), value);
        if (valid) {
            s.codePoints().forEach(cp -> b.append(cp == '\n' ? "\\n" : cp == '"' ? "\\\"" : cp == '\\' ? "\\\\"
                : cp < 0x20 || cp == 0x7f ? String.format("\\x%02x", cp) : Character.toString(cp)));
        } else {
            for (byte x : value) {
                int u = x & 0xff;
                b.append(u >= 0x20 && u < 0x7f && u != '"' && u != '\\' ? Character.toString(u) : String.format("\\x%02x", u));
            }
        }
        String out = b.append('"').toString();
        return out.length() > 700 ? out.substring(0, 700) + "…(" + value.length + " bytes)" : out;
    }
}
