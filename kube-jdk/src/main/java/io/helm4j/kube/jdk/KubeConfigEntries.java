package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the entries of one kubeconfig file, resolving its relative paths against its directory. */
final class KubeConfigEntries {
    private final Path dir;
    private final Path file;

    KubeConfigEntries(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> named(Map<String, Object> doc, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (doc.get(key) instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                }
            }
        }
        return out;
    }

    String name(Map<String, Object> entry) {
        return str(entry.get("name"));
    }

    KubeConfig.Cluster cluster(Map<String, Object> entry) {
        Map<String, Object> c = body(entry, "cluster");
        return new KubeConfig.Cluster(str(c.get("server")), path(c.get("certificate-authority")),
                base64(c.get("certificate-authority-data"), "certificate-authority-data"),
                bool(c.get("insecure-skip-tls-verify")), str(c.get("tls-server-name")), str(c.get("proxy-url")));
    }

    KubeConfig.User user(Map<String, Object> entry) {
        Map<String, Object> u = body(entry, "user");
        return new KubeConfig.User(str(u.get("token")), path(u.get("tokenFile")), path(u.get("client-certificate")),
                base64(u.get("client-certificate-data"), "client-certificate-data"), path(u.get("client-key")),
                base64(u.get("client-key-data"), "client-key-data"), str(u.get("username")), str(u.get("password")),
                str(u.get("as")), strings(u.get("as-groups")), exec(u.get("exec")));
    }

    KubeConfig.Context context(Map<String, Object> entry) {
        Map<String, Object> c = body(entry, "context");
        return new KubeConfig.Context(str(c.get("cluster")), str(c.get("user")), str(c.get("namespace")));
    }

    private KubeConfig.Exec exec(Object o) {
        if (!(o instanceof Map<?, ?> e)) {
            return null;
        }
        Map<String, String> env = new LinkedHashMap<>();
        if (e.get("env") instanceof List<?> l) {
            for (Object v : l) {
                if (v instanceof Map<?, ?> kv) {
                    env.put(str(kv.get("name")), str(kv.get("value")));
                }
            }
        }
        String command = str(e.get("command"));
        if (command.contains("/") && !Path.of(command).isAbsolute()) {
            command = dir.resolve(command).normalize().toString();
        }
        return new KubeConfig.Exec(str(e.get("apiVersion")), command, strings(e.get("args")), env,
                bool(e.get("provideClusterInfo")), str(e.get("interactiveMode")), str(e.get("installHint")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> entry, String key) {
        return entry.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private String path(Object o) {
        String p = str(o);
        return p.isEmpty() || Path.of(p).isAbsolute() ? p : dir.resolve(p).normalize().toString();
    }

    private byte[] base64(Object o, String field) {
        String s = str(o);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new KubeConfigException("error loading config file \"" + file + "\": illegal base64 data in "
                    + field, e);
        }
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(v -> out.add(str(v)));
        }
        return List.copyOf(out);
    }

    private static boolean bool(Object o) {
        return Boolean.TRUE.equals(o) || "true".equals(o);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
