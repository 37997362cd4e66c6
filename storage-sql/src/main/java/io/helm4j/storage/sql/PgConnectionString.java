package io.helm4j.storage.sql;

import io.helm4j.storage.StorageException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code HELM_DRIVER_SQL_CONNECTION_STRING} as Helm's PostgreSQL driver (lib/pq) reads it, turned
 * into a JDBC URL and properties: a URL ({@code postgres://user:password@host:port/db?sslmode=disable})
 * or {@code key=value} pairs ({@code host=localhost port=5432 user=helm dbname=helm sslmode=disable},
 * values optionally single-quoted); the {@code PG*} variables fill what is not given, and
 * {@code sslmode} defaults to {@code require} as in lib/pq. A {@code jdbc:postgresql:} URL is taken
 * as it is. Unix-socket hosts are not supported (pgjdbc speaks TCP only).
 */
record PgConnectionString(String jdbcUrl, Properties properties) {

    static PgConnectionString parse(String text, Map<String, String> env) {
        String s = text == null ? "" : text.trim();
        Map<String, String> kv = new LinkedHashMap<>();
        putEnv(kv, env, "PGHOST", "host");
        putEnv(kv, env, "PGPORT", "port");
        putEnv(kv, env, "PGDATABASE", "dbname");
        putEnv(kv, env, "PGUSER", "user");
        putEnv(kv, env, "PGPASSWORD", "password");
        putEnv(kv, env, "PGSSLMODE", "sslmode");
        if (s.startsWith("jdbc:postgresql:")) {
            return new PgConnectionString(s, baseProperties(kv, false));
        }
        if (s.startsWith("postgres://") || s.startsWith("postgresql://")) {
            fromUrl(s, kv);
        } else {
            fromPairs(s, kv);
        }
        String host = kv.getOrDefault("host", "localhost");
        if (host.startsWith("/")) {
            throw new StorageException("unable to instantiate SQL driver: unix socket host \"" + host
                    + "\" is not supported; use a TCP host");
        }
        String url = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + kv.getOrDefault("port", "5432") + "/" + kv.getOrDefault("dbname", "");
        return new PgConnectionString(url, baseProperties(kv, true));
    }

    private static Properties baseProperties(Map<String, String> kv, boolean withSsl) {
        Properties p = new Properties();
        if (kv.containsKey("user")) {
            p.setProperty("user", kv.get("user"));
        }
        if (kv.containsKey("password")) {
            p.setProperty("password", kv.get("password"));
        }
        if (withSsl) {
            p.setProperty("sslmode", kv.getOrDefault("sslmode", "require"));
        }
        if (kv.containsKey("connect_timeout")) {
            p.setProperty("connectTimeout", kv.get("connect_timeout"));
        }
        if (kv.containsKey("application_name")) {
            p.setProperty("ApplicationName", kv.get("application_name"));
        }
        // strings go untyped, as lib/pq sends them, so "version = '3'" compares with an integer column
        p.setProperty("stringtype", "unspecified");
        return p;
    }

    private static void putEnv(Map<String, String> kv, Map<String, String> env, String var, String key) {
        String v = env.get(var);
        if (v != null && !v.isEmpty()) {
            kv.put(key, v);
        }
    }

    private static void fromUrl(String s, Map<String, String> kv) {
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            throw new StorageException("unable to instantiate SQL driver: " + e.getMessage(), e);
        }
        if (u.getRawUserInfo() != null) {
            String[] up = u.getRawUserInfo().split(":", 2);
            kv.put("user", decode(up[0]));
            if (up.length > 1) {
                kv.put("password", decode(up[1]));
            }
        }
        if (u.getHost() != null) {
            kv.put("host", u.getHost().replace("[", "").replace("]", ""));
        }
        if (u.getPort() > 0) {
            kv.put("port", Integer.toString(u.getPort()));
        }
        if (u.getRawPath() != null && u.getRawPath().length() > 1) {
            kv.put("dbname", decode(u.getRawPath().substring(1)));
        }
        if (u.getRawQuery() != null) {
            for (String pair : u.getRawQuery().split("&")) {
                String[] p = pair.split("=", 2);
                kv.put(decode(p[0]), p.length > 1 ? decode(p[1]) : "");
            }
        }
    }

    /** lib/pq's {@code parseOpts}: {@code key=value} separated by spaces, values possibly 'quoted' with \ escapes. */
    private static void fromPairs(String s, Map<String, String> kv) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                throw new StorageException("unable to instantiate SQL driver: missing \"=\" after \""
                        + s.substring(i) + "\" in connection info string\"");
            }
            String key = s.substring(i, eq).trim();
            i = eq + 1;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < n && s.charAt(i) == '\'') {
                i++;
                while (i < n && s.charAt(i) != '\'') {
                    char c = s.charAt(i++);
                    v.append(c == '\\' && i < n ? s.charAt(i++) : c);
                }
                if (i >= n) {
                    throw new StorageException("unable to instantiate SQL driver: unterminated quoted string literal "
                            + "in connection string");
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    char c = s.charAt(i++);
                    v.append(c == '\\' && i < n ? s.charAt(i++) : c);
                }
            }
            kv.put(key, v.toString());
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
