package io.helm4j.kube.jdk;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Warning} headers of an API server's answer, read as apimachinery's {@code ParseWarningHeaders} reads them
 * ({@code 299 - "text"}, several in one header separated by commas, an optional quoted date after the text), and the
 * texts kept as client-go's warning handlers keep them: code 299 with a text. A header that does not parse ends the
 * reading of that header, as in Go. (Go also decodes RFC 2047 words in a text; API servers never send them.)
 */
final class WarningHeaders {
    private WarningHeaders() {
    }

    /** One warning: its code, agent and text. */
    record Warning(int code, String agent, String text) {
    }

    /** The texts client-go hands on: code 299, not empty, in order. */
    static List<String> texts(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (Warning w : parse(headers)) {
            if (w.code() == 299 && !w.text().isEmpty()) {
                out.add(w.text());
            }
        }
        return out;
    }

    static List<Warning> parse(List<String> headers) {
        List<Warning> out = new ArrayList<>();
        for (String header : headers) {
            String rest = header;
            while (!rest.isEmpty()) {
                String[] next = new String[1];
                Warning w = parseOne(rest, next);
                if (w == null) {
                    break;
                }
                out.add(w);
                rest = next[0];
            }
        }
        return out;
    }

    /** One warning from the start of {@code header}, what follows it in {@code remainder[0]}; null when invalid. */
    private static Warning parseOne(String header, String[] remainder) {
        String h = header.strip();
        int sp1 = h.indexOf(' ');
        int sp2 = sp1 < 0 ? -1 : h.indexOf(' ', sp1 + 1);
        if (sp2 < 0) {
            return null;
        }
        String code = h.substring(0, sp1);
        String agent = h.substring(sp1 + 1, sp2);
        String textAndRest = h.substring(sp2 + 1);
        if (!code.matches("[0-9]{3}") || agent.isEmpty() || hasControl(agent) || textAndRest.isEmpty()
                || textAndRest.charAt(0) != '"') {
            return null;
        }
        StringBuilder text = new StringBuilder();
        boolean escaping = false;
        int close = -1;
        for (int i = 1; i < textAndRest.length(); i++) {
            char c = textAndRest.charAt(i);
            if (c == '"' && !escaping) {
                close = i;
                break;
            }
            if (c == '\\' && !escaping) {
                escaping = true;
                continue;
            }
            text.append(c);
            escaping = false;
        }
        if (close < 0 || hasControl(text)) {
            return null;
        }
        String rest = textAndRest.substring(close + 1).strip();
        if (!rest.isEmpty() && rest.charAt(0) == '"') {
            int end = rest.indexOf('"', 1);
            if (end < 0) {
                return null;
            }
            rest = rest.substring(end + 1).strip();
        }
        if (!rest.isEmpty()) {
            if (rest.charAt(0) != ',') {
                return null;
            }
            rest = rest.substring(1).strip();
        }
        remainder[0] = rest;
        return new Warning(Integer.parseInt(code), agent, text.toString());
    }

    private static boolean hasControl(CharSequence s) {
        return s.codePoints().anyMatch(Character::isISOControl);
    }
}
