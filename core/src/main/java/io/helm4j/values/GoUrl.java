package io.helm4j.values;

import java.util.Locale;

/**
 * The part of Go's {@code url.Parse} that Helm's readFile depends on: the scheme of a {@code -f} or
 * {@code --set-file} argument (lower case, "" for none), and the errors url.Parse gives, which Helm
 * returns as they are ({@code parse "a%zz.yaml": invalid URL escape "%zz"}).
 */
final class GoUrl {
    private GoUrl() {
    }

    /** The scheme, or "" when there is none; throws a ValuesException where url.Parse fails. */
    static String scheme(String raw) {
        int hash = raw.indexOf('#');
        String u = hash < 0 ? raw : raw.substring(0, hash);
        String scheme;
        try {
            scheme = parse(u);
        } catch (UrlError e) {
            throw new ValuesException("parse " + GoText.quote(u) + ": " + e.getMessage(), raw, 0, null);
        }
        if (hash >= 0) {
            try {
                unescape(raw.substring(hash + 1), false);
            } catch (UrlError e) {
                throw new ValuesException("parse " + GoText.quote(raw) + ": " + e.getMessage(), raw, 0, null);
            }
        }
        return scheme;
    }

    private static final class UrlError extends Exception {
        UrlError(String message) {
            super(message, null, false, false);
        }
    }

    private static String parse(String u) throws UrlError {
        for (int i = 0; i < u.length(); i++) {
            if (u.charAt(i) < 0x20 || u.charAt(i) == 0x7f) {
                throw new UrlError("net/url: invalid control character in URL");
            }
        }
        if (u.equals("*")) {
            return "";
        }
        int colon = schemeEnd(u);
        String scheme = colon < 0 ? "" : u.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? u : u.substring(colon + 1);
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            rest = rest.substring(0, rest.length() - 1);
        } else if (rest.indexOf('?') >= 0) {
            rest = rest.substring(0, rest.indexOf('?'));
        }
        if (!rest.startsWith("/")) {
            if (!scheme.isEmpty()) {
                return scheme; // opaque: C:\values.yaml parses with scheme "c"
            }
            int slash = rest.indexOf('/');
            if ((slash < 0 ? rest : rest.substring(0, slash)).indexOf(':') >= 0) {
                throw new UrlError("first path segment in URL cannot contain colon");
            }
        }
        if ((!scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            rest = slash < 0 ? "" : authority.substring(slash);
            authority(slash < 0 ? authority : authority.substring(0, slash));
        }
        unescape(rest, false);
        return scheme;
    }

    /** Go's getScheme: the index of the colon ending a scheme, or -1 when there is no scheme. */
    private static int schemeEnd(String u) throws UrlError {
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return -1;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new UrlError("missing protocol scheme");
                }
                return i;
            }
            return -1;
        }
        return -1;
    }

    private static void authority(String authority) throws UrlError {
        int at = authority.lastIndexOf('@');
        host(at < 0 ? authority : authority.substring(at + 1));
        if (at >= 0) {
            String userinfo = authority.substring(0, at);
            for (int i = 0; i < userinfo.length(); i++) {
                char c = userinfo.charAt(i);
                if (!(Character.isLetterOrDigit(c) && c < 0x80) && "-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                    throw new UrlError("net/url: invalid userinfo");
                }
            }
            unescape(userinfo, false);
        }
    }

    private static void host(String host) throws UrlError {
        String colonPort;
        if (host.startsWith("[")) {
            int close = host.lastIndexOf(']');
            if (close < 0) {
                throw new UrlError("missing ']' in host");
            }
            colonPort = host.substring(close + 1);
        } else {
            int colon = host.lastIndexOf(':');
            colonPort = colon < 0 ? "" : host.substring(colon);
        }
        if (!colonPort.isEmpty() && (colonPort.charAt(0) != ':'
                || !colonPort.substring(1).chars().allMatch(c -> c >= '0' && c <= '9'))) {
            throw new UrlError("invalid port " + GoText.quote(colonPort) + " after host");
        }
        unescape(host, true);
    }

    /** Go's unescape: every '%' starts two hex digits; in a host, only characters Go allows there. */
    private static void unescape(String s, boolean host) throws UrlError {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    String bad = s.substring(i, Math.min(s.length(), i + 3));
                    throw new UrlError("invalid URL escape " + GoText.quote(bad));
                }
                if (host && Character.digit(s.charAt(i + 1), 16) < 8 && !s.startsWith("%25", i)) {
                    throw new UrlError("invalid URL escape " + GoText.quote(s.substring(i, i + 3)));
                }
                i += 2;
            } else if (host && c < 0x80 && !Character.isLetterOrDigit(c) && "-_.~!$&'()*+,;=:[]<>\"".indexOf(c) < 0) {
                throw new UrlError("invalid character " + GoText.quote(String.valueOf(c)) + " in host name");
            }
        }
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
