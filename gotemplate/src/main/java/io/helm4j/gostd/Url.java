package io.helm4j.gostd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The parts of Go's net/url that Helm uses: Parse, URL.String, escaping (Sprig's urlParse and urlJoin,
 * and Helm's readFile for {@code -f} and {@code --set-file} arguments, which asks url.Parse for a scheme).
 */
public final class Url {
    enum Mode { PATH, HOST, USER, QUERY, FRAGMENT }

    private String scheme = "";
    private String opaque = "";
    private String username;
    private String password;
    private String host = "";
    private String path = "";
    private String rawQuery = "";
    private String fragment = "";
    private boolean forceQuery;
    private boolean omitHost;

    /** url.Parse; throws IllegalArgumentException with url.Error's text. */
    public static Url parse(String raw) {
        int hash = raw.indexOf('#');
        String u = hash < 0 ? raw : raw.substring(0, hash);
        Url url;
        try {
            url = parseNoFragment(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parse " + Strconv.quote(u) + ": " + e.getMessage());
        }
        if (hash >= 0) {
            try {
                url.fragment = unescape(raw.substring(hash + 1), Mode.FRAGMENT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parse " + Strconv.quote(raw) + ": " + e.getMessage());
            }
        }
        return url;
    }

    private static Url parseNoFragment(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) < ' ' || raw.charAt(i) == 0x7f) {
                throw new IllegalArgumentException("net/url: invalid control character in URL");
            }
        }
        Url url = new Url();
        if (raw.equals("*")) {
            url.path = "*";
            return url;
        }
        String rest = raw;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c) && c < 128) {
                continue;
            }
            if ((c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') && c < 128) {
                if (i == 0) {
                    break;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new IllegalArgumentException("missing protocol scheme");
                }
                url.scheme = raw.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                rest = raw.substring(i + 1);
            }
            break;
        }
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            url.forceQuery = true;
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                url.rawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!url.scheme.isEmpty()) {
                url.opaque = rest;
                return url;
            }
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            if (segment.contains(":")) {
                throw new IllegalArgumentException("first path segment in URL cannot contain colon");
            }
        }
        if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int i = authority.indexOf('/');
            if (i >= 0) {
                rest = authority.substring(i);
                authority = authority.substring(0, i);
            }
            url.parseAuthority(authority);
        } else if (!url.scheme.isEmpty() && rest.startsWith("/")) {
            url.omitHost = true;
        }
        url.path = unescape(rest, Mode.PATH);
        return url;
    }

    private void parseAuthority(String authority) {
        int at = authority.lastIndexOf('@');
        String h = at < 0 ? authority : authority.substring(at + 1);
        host = parseHost(h);
        if (at < 0) {
            return;
        }
        String userinfo = authority.substring(0, at);
        for (int i = 0; i < userinfo.length(); i++) {
            char c = userinfo.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("net/url: invalid userinfo");
            }
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            username = unescape(userinfo, Mode.USER);
        } else {
            username = unescape(userinfo.substring(0, colon), Mode.USER);
            password = unescape(userinfo.substring(colon + 1), Mode.USER);
        }
    }

    private static String parseHost(String h) {
        if (h.startsWith("[")) {
            int i = h.lastIndexOf(']');
            if (i < 0) {
                throw new IllegalArgumentException("missing ']' in host");
            }
            String colonPort = h.substring(i + 1);
            if (!validPort(colonPort)) {
                throw new IllegalArgumentException("invalid port " + Strconv.quote(colonPort) + " after host");
            }
            return unescape(h, Mode.HOST);
        }
        int i = h.lastIndexOf(':');
        if (i >= 0) {
            String colonPort = h.substring(i);
            if (!validPort(colonPort)) {
                throw new IllegalArgumentException("invalid port " + Strconv.quote(colonPort) + " after host");
            }
        }
        return unescape(h, Mode.HOST);
    }

    private static boolean validPort(String p) {
        if (p.isEmpty()) {
            return true;
        }
        if (p.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < p.length(); i++) {
            if (!Character.isDigit(p.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Url() {
    }

    /** A URL from its parts, as Go's {@code url.URL} literal; null {@code username} means no user info. */
    public static Url of(String scheme, String opaque, String username, String password, String host, String path,
            String rawQuery, String fragment) {
        Url u = new Url();
        u.scheme = scheme;
        u.opaque = opaque;
        u.username = username;
        u.password = password;
        u.host = host;
        u.path = path;
        u.rawQuery = rawQuery;
        u.fragment = fragment;
        return u;
    }

    /** The scheme, in lower case; "" for none. */
    public String scheme() {
        return scheme;
    }

    public String opaque() {
        return opaque;
    }

    /** The user name, or null when the URL has no user info. */
    public String username() {
        return username;
    }

    /** The password, or null when none is set. */
    public String password() {
        return password;
    }

    public String host() {
        return host;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public String fragment() {
        return fragment;
    }

    /** {@code URL.Hostname}: the host without its port and IPv6 brackets. */
    public String hostname() {
        String h = host;
        if (h.startsWith("[")) {
            int i = h.indexOf(']');
            return i < 0 ? h.substring(1) : h.substring(1, i);
        }
        int i = h.lastIndexOf(':');
        return i >= 0 && validPort(h.substring(i)) ? h.substring(0, i) : h;
    }

    /** The escaped user info ({@code user:password}), or null when there is none. */
    public String userString() {
        if (username == null) {
            return null;
        }
        String s = escape(username, Mode.USER);
        if (password != null) {
            s += ":" + escape(password, Mode.USER);
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder();
        if (!scheme.isEmpty()) {
            buf.append(scheme).append(':');
        }
        if (!opaque.isEmpty()) {
            buf.append(opaque);
        } else {
            if (!scheme.isEmpty() || !host.isEmpty() || username != null) {
                if (!(omitHost && host.isEmpty() && username == null)) {
                    if (!host.isEmpty() || !path.isEmpty() || username != null) {
                        buf.append("//");
                    }
                    if (username != null) {
                        buf.append(userString()).append('@');
                    }
                    if (!host.isEmpty()) {
                        buf.append(escape(host, Mode.HOST));
                    }
                }
            }
            String p = escape(path, Mode.PATH);
            if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) {
                buf.append('/');
            }
            if (buf.isEmpty()) {
                int slash = p.indexOf('/');
                if ((slash < 0 ? p : p.substring(0, slash)).contains(":")) {
                    buf.append("./");
                }
            }
            buf.append(p);
        }
        if (forceQuery || !rawQuery.isEmpty()) {
            buf.append('?').append(rawQuery);
        }
        if (!fragment.isEmpty()) {
            buf.append('#').append(escape(fragment, Mode.FRAGMENT));
        }
        return buf.toString();
    }

    private static boolean shouldEscape(int c, Mode mode) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return false;
        }
        if (mode == Mode.HOST && "!$&'()*+,;=:[]<>\"".indexOf(c) >= 0) {
            return false;
        }
        if ("-_.~".indexOf(c) >= 0) {
            return false;
        }
        if ("$&+,/:;=?@".indexOf(c) >= 0) {
            return switch (mode) {
                case PATH -> c == '?';
                case USER -> c == '@' || c == '/' || c == '?' || c == ':';
                case QUERY -> true;
                case FRAGMENT -> false;
                case HOST -> true;
            };
        }
        if (mode == Mode.FRAGMENT && "!()*".indexOf(c) >= 0) {
            return false;
        }
        return true;
    }

    static String escape(String s, Mode mode) {
        StringBuilder sb = new StringBuilder();
        for (byte b : io.helm4j.gostd.GoStrings.bytes(s)) {
            int c = b & 0xff;
            if (shouldEscape(c, mode)) {
                if (c == ' ' && mode == Mode.QUERY) {
                    sb.append('+');
                } else {
                    sb.append('%').append(String.format("%02X", c));
                }
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    static String unescape(String s, Mode mode) {
        byte[] in = io.helm4j.gostd.GoStrings.bytes(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '%') {
                if (i + 2 >= in.length || Character.digit(in[i + 1], 16) < 0 || Character.digit(in[i + 2], 16) < 0) {
                    String bad = GoStrings.string(in, i, Math.min(3, in.length - i));
                    throw new IllegalArgumentException("invalid URL escape " + Strconv.quote(bad));
                }
                out.write(Character.digit(in[i + 1], 16) << 4 | Character.digit(in[i + 2], 16));
                i += 2;
            } else if (c == '+' && mode == Mode.QUERY) {
                out.write(' ');
            } else {
                if (mode == Mode.HOST && c < 0x80 && shouldEscape(c, Mode.HOST)) {
                    throw new IllegalArgumentException("invalid character " + Strconv.quote(String.valueOf((char) c))
                            + " in host name");
                }
                out.write(c);
            }
        }
        return GoStrings.string(out.toByteArray());
    }
}
