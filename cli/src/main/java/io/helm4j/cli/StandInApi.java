package io.helm4j.cli;

import io.helm4j.kube.KubeJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API server that the cluster AOT training talks to ({@link ClusterAotTraining}, {@link Http2StandIn}): objects
 * kept in memory by path, answered as the API server answers the requests helm4j makes (aggregated discovery,
 * get, list with a label selector, create, apply, delete). Build tooling, not a fake for tests.
 */
final class StandInApi {
    /** An answer: the status code and the JSON body. */
    record Answer(int code, byte[] body) {
    }

    private final Map<String, Map<String, Object>> objects = new ConcurrentHashMap<>();
    private long version = 1000;

    /** The answer to one request; {@code rawPath} and {@code rawQuery} as sent (query may be null). */
    Answer answer(String method, String rawPath, String rawQuery, byte[] in) {
        Object answer;
        int code = 200;
        if (rawPath.equals("/version")) {
            answer = Map.of("major", "1", "minor", "32", "gitVersion", "v1.32.0");
        } else if (rawPath.equals("/api") || rawPath.equals("/apis")) {
            answer = discovery(rawPath.equals("/api"));
        } else if (method.equals("GET") && objects.containsKey(rawPath)) {
            answer = objects.get(rawPath);
        } else if (method.equals("GET") && isCollection(rawPath)) {
            answer = list(rawPath, selector(rawQuery));
        } else if (method.equals("POST")) {
            Map<String, Object> o = object(in);
            String at = rawPath + "/" + name(o);
            if (objects.containsKey(at)) {
                code = 409;
                answer = status(409, "AlreadyExists", "already exists");
            } else {
                objects.put(at, stamp(o));
                answer = objects.get(at);
                code = 201;
            }
        } else if (method.equals("PATCH") && rawQuery != null && rawQuery.contains("dryRun=")) {
            answer = stamp(object(in)); // a dry run (diff, upgrade --plan) stores nothing
        } else if (method.equals("PATCH") || method.equals("PUT")) {
            objects.put(rawPath, stamp(object(in)));
            answer = objects.get(rawPath);
        } else if (method.equals("DELETE") && objects.remove(rawPath) != null) {
            answer = status(200, "", "");
        } else {
            code = 404;
            answer = status(404, "NotFound", "not found");
        }
        return new Answer(code, KubeJson.write(answer).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> discovery(boolean core) {
        List<Object> versions = new ArrayList<>();
        if (core) {
            versions.add(version("v1", resource("configmaps", "ConfigMap", true), resource("secrets", "Secret", true),
                    resource("services", "Service", true), resource("pods", "Pod", true),
                    resource("serviceaccounts", "ServiceAccount", true), resource("namespaces", "Namespace", false)));
        } else {
            versions.add(version("v1", resource("deployments", "Deployment", true), resource("statefulsets", "StatefulSet", true)));
        }
        Map<String, Object> group = Map.of("metadata", Map.of("name", core ? "" : "apps"), "versions", versions);
        return Map.of("kind", "APIGroupDiscoveryList", "apiVersion", "apidiscovery.k8s.io/v2", "items", List.of(group));
    }

    private static Map<String, Object> version(String v, Object... resources) {
        return Map.of("version", v, "resources", List.of(resources));
    }

    private static Map<String, Object> resource(String plural, String kind, boolean namespaced) {
        return Map.of("resource", plural, "responseKind", Map.of("group", "", "version", "v1", "kind", kind),
                "scope", namespaced ? "Namespaced" : "Cluster");
    }

    private static boolean isCollection(String path) {
        String[] parts = path.split("/");
        return parts.length >= 4 && !parts[parts.length - 1].isEmpty() && Character.isLowerCase(parts[parts.length - 1].charAt(0))
                && (parts.length % 2 == 0 ? path.startsWith("/api/") : path.startsWith("/apis/"));
    }

    private Map<String, Object> list(String path, Map<String, String> selector) {
        List<Object> items = new ArrayList<>();
        objects.forEach((p, o) -> {
            if (p.startsWith(path + "/") && p.indexOf('/', path.length() + 1) < 0 && matches(o, selector)) {
                items.add(o);
            }
        });
        return Map.of("kind", "List", "apiVersion", "v1", "metadata", Map.of("resourceVersion", "1"), "items", items);
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Map<String, Object> o, Map<String, String> selector) {
        Map<String, Object> labels = o.get("metadata") instanceof Map<?, ?> m && m.get("labels") instanceof Map<?, ?> l
                ? (Map<String, Object>) l : Map.of();
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static Map<String, String> selector(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null) {
            return out;
        }
        for (String param : query.split("&")) {
            if (param.startsWith("labelSelector=")) {
                for (String term : URLDecoder.decode(param.substring(14), StandardCharsets.UTF_8).split(",")) {
                    String[] kv = term.split("=", 2);
                    if (kv.length == 2) {
                        out.put(kv[0].strip(), kv[1].strip());
                    }
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(byte[] body) {
        Object o = KubeJson.parse(new String(body, StandardCharsets.UTF_8));
        return o instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    private static String name(Map<String, Object> o) {
        return o.get("metadata") instanceof Map<?, ?> m && m.get("name") != null ? m.get("name").toString() : "unnamed";
    }

    @SuppressWarnings("unchecked")
    private synchronized Map<String, Object> stamp(Map<String, Object> o) {
        Map<String, Object> meta = o.get("metadata") instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                : new LinkedHashMap<>();
        meta.put("resourceVersion", Long.toString(++version));
        meta.putIfAbsent("uid", "00000000-0000-0000-0000-" + String.format("%012d", version));
        o.put("metadata", meta);
        return o;
    }

    private static Map<String, Object> status(int code, String reason, String message) {
        return Map.of("kind", "Status", "apiVersion", "v1", "status", code / 100 == 2 ? "Success" : "Failure",
                "reason", reason, "message", message, "code", code);
    }
}
