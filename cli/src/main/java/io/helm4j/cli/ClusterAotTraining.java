package io.helm4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.helm4j.kube.KubeJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The training of the cluster commands' AOT cache ({@code AotTraining --cluster CHART}): a release's life
 * (install, list, status, get, history, upgrade, uninstall) against a stand-in API server on loopback, so the
 * Kubernetes client, the JDK's HttpClient, JSON, release storage and the actions' classes are in the cache those
 * commands start with. The stand-in keeps objects in memory by path and answers as the API server does for the
 * requests helm4j makes (aggregated discovery, get, list with a label selector, create, apply, delete). It speaks
 * plain HTTP: the TLS handshake is the one part of a real connection left out (its classes would need a server
 * key in the training).
 */
final class ClusterAotTraining {
    /** A throwaway self-signed CA certificate (no key anywhere): the kubeconfig's CA, parsed as a real one is. */
    private static final String CA = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrakNDQVRtZ0F3SUJBZ0lVQnJYMlYxSm4wZVdqcVFMOWFOb1YzN2g1Uk9zd0NnWUlLb1pJemowRUF3SXcKSGpFY01Cb0dBMVVFQXd3VGFHVnNiVFJxTFdGdmRDMTBjbUZwYm1sdVp6QWdGdzB5TmpFeU1EY3hOalV4TURWYQpHQTh5TVRJMk1URXhNekUyTlRFd05Wb3dIakVjTUJvR0ExVUVBd3dUYUdWc2JUUnFMV0Z2ZEMxMGNtRnBibWx1Clp6QlpNQk1HQnlxR1NNNDlBZ0VHQ0NxR1NNNDlBd0VIQTBJQUJGaXNWZ0JXckMwZGJpMmVtTVNqYWQwZkE0M3gKUmg1TTJ5bUptM3hBK0dYajU1eTJtMUdnN0RacUV2R2JuZ043MlBOM1hnSWlZVnlJUkowUjJDdjRuK1dqVXpCUgpNQjBHQTFVZERnUVdCQlFhYVF5VWt2eHBaaUxwdFk4ZHRMMnhnZHQxSmpBZkJnTlZIU01FR0RBV2dCUWFhUXlVCmt2eHBaaUxwdFk4ZHRMMnhnZHQxSmpBUEJnTlZIUk1CQWY4RUJUQURBUUgvTUFvR0NDcUdTTTQ5QkFNQ0EwY0EKTUVRQ0lETTY3T2h0YXlTZFNSejJMNUpVOGc5eGtHb20wQ0lsMGh4MUp3QlFDLzFiQWlCcGtwNVVhQmsyK1pmUwpOazNxN0tzZXNhUy9OdlJjZFBLcUJNVklqT0krU2c9PQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==";

    private final Map<String, Map<String, Object>> objects = new ConcurrentHashMap<>();
    private long version = 1000;

    private ClusterAotTraining() {
    }

    /** The command lines to run against the stand-in, and the context that points them at it. */
    static void run(CliContext base, String chart, java.util.function.BiConsumer<CliContext, List<String[]>> runner) {
        ClusterAotTraining api = new ClusterAotTraining();
        HttpServer server;
        Path home;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            home = Files.createTempDirectory("helm4j-aot-cluster");
        } catch (IOException e) {
            return; // no cluster training then
        }
        server.createContext("/", api::handle);
        server.start();
        try {
            Path kubeconfig = home.resolve("kubeconfig");
            Files.writeString(kubeconfig, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                    - name: training
                      cluster:
                        server: http://127.0.0.1:%d
                        certificate-authority-data: %s
                    users:
                    - name: training
                      user:
                        token: training
                    contexts:
                    - name: training
                      context: {cluster: training, user: training, namespace: training}
                    current-context: training
                    """.formatted(server.getAddress().getPort(), CA));
            Map<String, String> env = new HashMap<>(base.env());
            env.put("KUBECONFIG", kubeconfig.toString());
            env.remove("HELM_DRIVER");
            env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
            env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
            env.put("HELM_DATA_HOME", home.resolve("data").toString());
            CliContext ctx = new CliContext(env, base.userHome(), base.programName());
            List<String[]> runs = List.of(
                    new String[] {"install", "training", chart},
                    new String[] {"list"},
                    new String[] {"list", "-A", "-o", "json"},
                    new String[] {"status", "training"},
                    new String[] {"get", "values", "training", "--all"},
                    new String[] {"upgrade", "training", chart, "--set", "training=2"},
                    new String[] {"diff", "upgrade", "training", chart, "--set", "training=3"},
                    new String[] {"upgrade", "training", chart, "--set", "training=3", "--plan", "--yes"},
                    new String[] {"drift", "training"},
                    new String[] {"history", "training"},
                    new String[] {"uninstall", "training"});
            runner.accept(ctx, runs);
        } catch (IOException e) {
            // no cluster training then
        } finally {
            server.stop(0);
        }
    }

    private void handle(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getRawPath();
        String query = x.getRequestURI().getRawQuery();
        byte[] in = x.getRequestBody().readAllBytes();
        Object answer;
        int code = 200;
        if (path.equals("/version")) {
            answer = Map.of("major", "1", "minor", "32", "gitVersion", "v1.32.0");
        } else if (path.equals("/api") || path.equals("/apis")) {
            answer = discovery(path.equals("/api"));
        } else if (method.equals("GET") && objects.containsKey(path)) {
            answer = objects.get(path);
        } else if (method.equals("GET") && isCollection(path)) {
            answer = list(path, selector(query));
        } else if (method.equals("POST")) {
            Map<String, Object> o = object(in);
            String at = path + "/" + name(o);
            if (objects.containsKey(at)) {
                code = 409;
                answer = status(409, "AlreadyExists", "already exists");
            } else {
                objects.put(at, stamp(o));
                answer = objects.get(at);
                code = 201;
            }
        } else if (method.equals("PATCH") && query != null && query.contains("dryRun=")) {
            answer = stamp(object(in)); // a dry run (diff, upgrade --plan) stores nothing
        } else if (method.equals("PATCH")) {
            objects.put(path, stamp(object(in)));
            answer = objects.get(path);
        } else if (method.equals("DELETE") && objects.remove(path) != null) {
            answer = status(200, "", "");
        } else {
            code = 404;
            answer = status(404, "NotFound", "not found");
        }
        byte[] out = KubeJson.write(answer).getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(code, out.length);
        x.getResponseBody().write(out);
        x.close();
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
