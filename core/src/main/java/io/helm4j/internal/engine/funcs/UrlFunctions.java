package io.helm4j.internal.engine.funcs;

import io.helm4j.gostd.Url;
import io.helm4j.gotemplate.FuncMap;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sprig's url.go: urlParse and urlJoin. */
final class UrlFunctions implements Area {
    private UrlFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new UrlFunctions();
        f.put("urlParse", "string", new Area.Named("urlParse", area));
        f.put("urlJoin", "map[string]interface {}", new Area.Named("urlJoin", area));
    }

    private static Map<String, Object> parse(String v) {
        Url u;
        try {
            u = Url.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unable to parse url: " + e.getMessage());
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("scheme", u.scheme());
        d.put("host", u.host());
        d.put("hostname", u.hostname());
        d.put("path", u.path());
        d.put("query", u.rawQuery());
        d.put("opaque", u.opaque());
        d.put("fragment", u.fragment());
        String user = u.userString();
        d.put("userinfo", user == null ? "" : user);
        return d;
    }

    private static String join(Map<String, Object> d) {
        String scheme = value(d, "scheme");
        String host = value(d, "host");
        String path = value(d, "path");
        String rawQuery = value(d, "query");
        String opaque = value(d, "opaque");
        String fragment = value(d, "fragment");
        String userinfo = value(d, "userinfo");
        String username = null;
        String password = null;
        if (!userinfo.isEmpty()) {
            Url temp;
            try {
                temp = Url.parse("proto://" + userinfo + "@host");
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("unable to parse userinfo in dict: " + e.getMessage());
            }
            username = temp.username();
            password = temp.password();
        }
        return Url.of(scheme, opaque, username, password, host, path, rawQuery, fragment).toString();
    }

    private static String value(Map<String, Object> d, String key) {
        if (d == null || !d.containsKey(key)) {
            return "";
        }
        Object v = d.get(key);
        if (!(v instanceof String s)) {
            throw new IllegalStateException("unable to parse " + key + " key, must be of type string, but "
                    + (v == null ? "invalid" : GoValues.kindName(v)) + " found");
        }
        return s;
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "urlParse" -> {
                return parse(Args.str(a[0]));
            }
            case "urlJoin" -> {
                return join(Args.map(a[0]));
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
