package io.helm4j.internal.vcs;

import java.io.ByteArrayOutputStream;

/**
 * The parts of Go's {@code net/url.Parse} that Masterminds/vcs and Helm's cache key read: scheme, user name, host
 * (with its port) and the unescaped path, with Go's messages for what it refuses ({@code parse "RAW": ...}).
 */
record GoUrl(String scheme, String user, String host, String path, String rawQuery) {

    static GoUrl parse(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw error(raw, "net/url: invalid control character in URL");
            }
        }
        String rest = raw;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String scheme = "";
        int colon = schemeEnd(rest);
        if (colon == 0) {
            throw error(raw, "missing protocol scheme");
        }
        if (colon > 0) {
            scheme = rest.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (!scheme.isEmpty() && !rest.startsWith("/")) {
            return new GoUrl(scheme, null, "", "", query); // opaque, such as mailto:x
        }
        if (scheme.isEmpty()) {
            int slash = rest.indexOf('/');
            String first = slash < 0 ? rest : rest.substring(0, slash);
            if (first.contains(":")) {
                throw error(raw, "first path segment in URL cannot contain colon");
            }
        }
        String user = null;
        String host = "";
        if (rest.startsWith("//") && (!scheme.isEmpty() || !rest.startsWith("///"))) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            rest = slash < 0 ? "" : authority.substring(slash);
            authority = slash < 0 ? authority : authority.substring(0, slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String info = authority.substring(0, at);
                int c = info.indexOf(':');
                user = unescape(raw, c < 0 ? info : info.substring(0, c));
                authority = authority.substring(at + 1);
            }
            host = unescape(raw, authority);
        }
        return new GoUrl(scheme, user, host, unescape(raw, rest), query);
    }

    /** The index of the colon ending a scheme, 0 for a colon first, -1 for none (Go's {@code getScheme}). */
    private static int schemeEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return -1;
                }
                continue;
            }
            return c == ':' ? i : -1;
        }
        return -1;
    }

    private static String unescape(String raw, String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    String bad = s.substring(i, Math.min(s.length(), i + 3));
                    throw error(raw, "invalid URL escape \"" + bad + "\"");
                }
                b.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                b.write(bytes, 0, bytes.length);
            }
        }
        return b.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static VcsException error(String raw, String why) {
        return new VcsException("parse \"" + raw + "\": " + why, "");
    }
}
