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
        return value != null && o.value != null
            ? java.util.Arrays.equals(value, o.value) || blankAddresses(value).equals(blankAddresses(o.value))
            : value == null && o.value == null && raw.strip().equals(o.raw.strip());
    }

    /**
     * A Go heap address as fmt prints a pointer inside a map or slice ({@code 0xc000123456}, also inside
     * {@code (*T)(0x...)}): 0xc and nine more hex digits, no more. helm4j prints one of the same form there.
     */
    private static final Pattern ADDRESS = Pattern.compile("0xc[0-9a-f]{9}(?![0-9a-fA-F])");

    /**
     * The bytes with every heap address replaced by {@code 0xADDR}. Two outputs that agree so differ only where each
     * printed an address: a pointer was printed at the same place on both sides, and the address itself changes
     * from process to process in Go too. Anything else still differs (an address on one side only, a different
     * struct, an address measured or encoded: the generator keeps pointers out of those, see {@link Expr#text}).
     */
    static String blankAddresses(byte[] value) {
        return ADDRESS.matcher(new String(value, StandardCharsets.ISO_8859_1)).replaceAll("0xADDR");
    }

    /** Both rendered, and the values agree once pointer addresses are blanked ({@link #blankAddresses}). */
    static boolean agreesBarAddresses(Outcome a, Outcome b) {
        if (a.failed() || b.failed() || a.value == null || b.value == null) {
            return false;
        }
        return blankAddresses(a.value).equals(blankAddresses(b.value));
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
