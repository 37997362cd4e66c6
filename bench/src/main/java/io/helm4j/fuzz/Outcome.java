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
            ? java.util.Arrays.equals(value, o.value) || agreeBarAddresses(value, o.value)
            : value == null && o.value == null && raw.strip().equals(o.raw.strip());
    }

    /** The address helm4j makes up for a pointer that fmt prints inside a map or slice (Printer.fmtPointer). */
    private static final Pattern HELM4J_ADDRESS = Pattern.compile("0xc00[0-9a-f]{7}(?![0-9a-fA-F])");
    /** A heap address as Go prints it there: usually 0xc000..., but wherever the heap lies ({@code 0x1d0bdfa8f0}). */
    private static final Pattern GO_ADDRESS = Pattern.compile("0x[0-9a-f]{8,12}(?![0-9a-fA-F])");

    /**
     * True when the two values agree once pointer addresses are blanked: only when one side ({@code a} or
     * {@code b}) printed helm4j's made-up address at all, its addresses and every 0x with 8 to 12 hex digits of the
     * other side become {@code 0xADDR}. Go's address changes from process to process (and lies where the heap
     * lies), so two outputs that agree so differ only where helm4j printed a pointer and Go printed an address-like
     * number; anything else still differs (an address on one side only, a different struct, an address measured or
     * encoded: the generator keeps pointers out of those, see {@link Expr#text}). Output without helm4j's address
     * is compared byte for byte (a {@code %#x} of a number is never blanked there).
     */
    static boolean agreeBarAddresses(byte[] a, byte[] b) {
        String x = new String(a, StandardCharsets.ISO_8859_1);
        String y = new String(b, StandardCharsets.ISO_8859_1);
        if (HELM4J_ADDRESS.matcher(x).find()) {
            return blank(x, HELM4J_ADDRESS).equals(blank(y, GO_ADDRESS));
        }
        if (HELM4J_ADDRESS.matcher(y).find()) {
            return blank(y, HELM4J_ADDRESS).equals(blank(x, GO_ADDRESS));
        }
        return false;
    }

    private static String blank(String s, Pattern p) {
        return p.matcher(s).replaceAll("0xADDR");
    }

    /** Both rendered, and the values agree once pointer addresses are blanked ({@link #agreeBarAddresses}). */
    static boolean agreesBarAddresses(Outcome a, Outcome b) {
        if (a.failed() || b.failed() || a.value == null || b.value == null) {
            return false;
        }
        return java.util.Arrays.equals(a.value, b.value) || agreeBarAddresses(a.value, b.value);
    }

    /**
     * Both failed with the same error text, normalised only where the two cannot honestly agree: the reference's
     * {@code Error: } prefix (cobra prints it; helm4j's SDK message is the text after it), whitespace around the
     * whole text (the judge's file ends with stderr's newline), and pointer addresses as {@link #agreeBarAddresses}
     * blanks them in values (Go's differ from run to run). Everything else, line breaks included, must be equal.
     */
    boolean sameError(Outcome ref) {
        if (!failed() || !ref.failed()) {
            return false;
        }
        String mine = error.strip();
        String theirs = ref.error.strip();
        if (theirs.startsWith("Error: ")) {
            theirs = theirs.substring("Error: ".length());
        }
        if (mine.equals(theirs)) {
            return true;
        }
        return HELM4J_ADDRESS.matcher(mine).find() && blank(mine, HELM4J_ADDRESS).equals(blank(theirs, GO_ADDRESS));
    }

    /**
     * A coarse family for an error-text difference, to count them in reports: whether each side's text spans several
     * lines, and the reference's innermost message (its last line before Helm's {@code Use --debug} hint, without
     * text/template's {@code template: NAME:L:C: executing "NAME" at <NODE>: } prefix), numbers and quoted strings
     * blanked, cut at 60 characters.
     */
    static String errorFamily(Outcome mine, Outcome ref) {
        String m = mine.error.strip();
        String r = ref.error.strip().replaceFirst("^Error: ", "");
        if (r.startsWith("helm4-judge crashed")) {
            // Go's runtime ended the judge (a fatal error such as a goroutine's stack overflow): no text to compare
            String last = m.replaceFirst("\n\nUse --debug[\\s\\S]*", "").lines().reduce((a, b) -> b).orElse("").strip();
            return "Helm 4.3.2 crashed (Go runtime), helm4j: " + last.replaceAll("[0-9]+", "N");
        }
        int hint = r.indexOf("\n\nUse --debug");
        if (hint >= 0) {
            r = r.substring(0, hint);
        }
        int mh = m.indexOf("\n\nUse --debug");
        boolean mineLines = (mh >= 0 ? m.substring(0, mh) : m).contains("\n");
        boolean refLines = r.contains("\n");
        String last = r.lines().reduce((a, b) -> b).orElse("").strip();
        last = last.replaceFirst("^template: [^ ]*: executing \"[^\"]*\" at <.*?>: ", "")
            .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "Q").replaceAll("[0-9]+", "N");
        if (last.length() > 60) {
            last = last.substring(0, 60);
        }
        return (mineLines ? "several" : "one") + "/" + (refLines ? "several" : "one") + " line(s): " + last;
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
