package io.helm4j.gotemplate;

import java.nio.charset.StandardCharsets;

/** The {@code html}, {@code js} and {@code urlquery} escapers of Go's text/template. */
final class Escapes {
    private static final String HEX = "0123456789ABCDEF";

    private Escapes() {
    }

    static String html(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '"' -> "&#34;";
                case '\'' -> "&#39;";
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case 0 -> "\uFFFD";
                default -> null;
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String js(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '"' -> sb.append("\\\"");
                case '<' -> sb.append("\\u003C");
                case '>' -> sb.append("\\u003E");
                case '&' -> sb.append("\\u0026");
                case '=' -> sb.append("\\u003D");
                default -> {
                    if (c < ' ') {
                        sb.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
                    } else if (c < 0x80 || isPrint(c) || (c >= 0xDC80 && c <= 0xDCFF)) { // RuneError is printable
                        sb.appendCodePoint(c);
                    } else {
                        sb.append(String.format("\\u%04X", c));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isPrint(int c) {
        int type = Character.getType(c);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SPACE_SEPARATOR);
    }

    /** Go's {@code url.QueryEscape}. */
    static String urlQuery(String s) {
        byte[] bytes = io.helm4j.gostd.GoStrings.bytes(s);
        StringBuilder sb = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return sb.toString();
    }
}
