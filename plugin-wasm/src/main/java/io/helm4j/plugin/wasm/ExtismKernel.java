package io.helm4j.plugin.wasm;

import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.RuntimeConfig;
import io.helm4j.yaml.GoYaml;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Extism kernel's host interface ({@code extism:host/env}) that Helm 4's WebAssembly plugins are built
 * against, in helm4j's own host layer: the plugin's input, output and error; blocks of kernel memory (allocated,
 * read and written by offset, capped at {@code memory.maxPages} like every memory of the plugin); {@code config}
 * and {@code var}s ({@code maxVarBytes}); HTTP only to {@code allowedHosts}, answers capped at
 * {@code maxHttpResponseBytes}. A plugin that reaches past its grant is stopped with a {@link PluginException}
 * naming it and the capability.
 */
final class ExtismKernel {
    static final long PAGE = 65536;

    private final String plugin;
    private final RuntimeConfig.Extism config;
    private final byte[] input;
    private final TreeMap<Long, byte[]> blocks = new TreeMap<>();
    private final Map<String, byte[]> vars = new HashMap<>();
    private long next = 8;
    private long used;
    private long inputOffset;
    private byte[] output = new byte[0];
    private String error;
    private int httpStatus;
    private final io.helm4j.plugin.PluginKube kube;

    ExtismKernel(String plugin, RuntimeConfig.Extism config, byte[] input, io.helm4j.plugin.PluginKube kube) {
        this.plugin = plugin;
        this.config = config;
        this.input = input.clone();
        this.kube = kube;
    }

    /**
     * helm4j's {@code kube_request} ({@code helm4j:host/kube}): a JSON request {@code {"verb", "apiVersion", "kind",
     * "namespace", "name"}} (writes also {@code "object"}, or {@code "patch"} and {@code "patchType"}) checked against
     * {@code runtimeConfig.kubernetes}, answered with the object (or {@code {"items": [...]}}, or
     * {@code {"deleted": BOOL}}) as JSON, sent by helm4j's client with the user's credentials.
     */
    @SuppressWarnings("unchecked")
    long kubeRequest(long reqOff) {
        Map<String, Object> req;
        try {
            req = GoYaml.fromJsonObject(string(reqOff));
        } catch (RuntimeException e) {
            throw denied("kubernetes", "the request is not JSON: " + e.getMessage());
        }
        String verb = String.valueOf(req.getOrDefault("verb", ""));
        String apiVersion = String.valueOf(req.getOrDefault("apiVersion", ""));
        String kind = String.valueOf(req.getOrDefault("kind", ""));
        String granted = "(runtimeConfig.kubernetes: " + (config.kubernetes().isEmpty() ? "none"
                : String.join(", ", config.kubernetes())) + ")";
        if (config.kubernetes().isEmpty()) {
            throw denied("kubernetes", verb + " " + kind + " is not granted " + granted);
        }
        if (!io.helm4j.plugin.PluginKube.VERBS.contains(verb)) {
            throw denied("kubernetes", verb + " " + kind + " is not granted: the verbs are get, list, create, update, "
                    + "patch and delete " + granted);
        }
        String resource;
        try {
            resource = kube.resource(apiVersion, kind);
        } catch (RuntimeException e) {
            throw denied("kubernetes", verb + " " + apiVersion + " " + kind + ": " + e.getMessage());
        }
        if (!config.kubernetes().contains(verb + " " + resource)) {
            throw denied("kubernetes", verb + " " + resource + " is not granted " + granted);
        }
        String namespace = String.valueOf(req.getOrDefault("namespace", ""));
        String name = String.valueOf(req.getOrDefault("name", ""));
        String answer;
        try {
            if (verb.equals("get") || verb.equals("list")) {
                answer = kube.serve(verb, apiVersion, kind, namespace, name);
            } else {
                Object object = req.get("object");
                if (object != null && !(object instanceof Map)) {
                    throw new IllegalArgumentException("\"object\" is not a JSON object");
                }
                Object patch = req.get("patch");
                String patchText = patch == null ? "" : patch instanceof String t ? t : GoYaml.toJson(patch);
                answer = kube.write(new io.helm4j.plugin.PluginKube.Write(plugin, verb, apiVersion, kind, namespace,
                        name, (Map<String, Object>) object, patchText, String.valueOf(req.getOrDefault("patchType",
                                ""))));
            }
        } catch (RuntimeException e) {
            throw denied("kubernetes", verb + " " + resource + ": " + e.getMessage());
        }
        return put(answer.getBytes(StandardCharsets.UTF_8));
    }

    byte[] output() {
        return output.clone();
    }

    /** The message the plugin set with {@code error_set}, or null. */
    String error() {
        return error;
    }

    private PluginException denied(String capability, String what) {
        return new PluginException(plugin, "plugin \"" + plugin + "\": " + capability + ": " + what);
    }

    long alloc(long n) {
        long cap = config.effectiveMaxPages() * PAGE;
        if (n < 0 || used + n > cap) {
            throw denied("memory", "allocating " + n + " bytes of Extism memory would pass memory.maxPages ("
                    + config.effectiveMaxPages() + " pages of 64 KiB)");
        }
        long off = next;
        blocks.put(off, new byte[(int) n]);
        next += Math.max(8, (n + 7) & ~7L);
        used += n;
        return off;
    }

    void free(long off) {
        byte[] b = blocks.remove(off);
        if (b != null) {
            used -= b.length;
        }
    }

    long length(long off) {
        byte[] b = blocks.get(off);
        return b == null ? 0 : b.length;
    }

    private Map.Entry<Long, byte[]> block(long addr, int size) {
        Map.Entry<Long, byte[]> e = blocks.floorEntry(addr);
        if (e == null || addr - e.getKey() + size > e.getValue().length) {
            throw denied("memory", "access to Extism memory at " + addr + " outside any allocated block");
        }
        return e;
    }

    int loadU8(long addr) {
        Map.Entry<Long, byte[]> e = block(addr, 1);
        return e.getValue()[(int) (addr - e.getKey())] & 0xff;
    }

    long loadU64(long addr) {
        Map.Entry<Long, byte[]> e = block(addr, 8);
        return le(e.getValue(), (int) (addr - e.getKey()));
    }

    void storeU8(long addr, int v) {
        Map.Entry<Long, byte[]> e = block(addr, 1);
        e.getValue()[(int) (addr - e.getKey())] = (byte) v;
    }

    void storeU64(long addr, long v) {
        Map.Entry<Long, byte[]> e = block(addr, 8);
        int at = (int) (addr - e.getKey());
        for (int i = 0; i < 8; i++) {
            e.getValue()[at + i] = (byte) (v >>> (8 * i));
        }
    }

    long inputLength() {
        return input.length;
    }

    int inputLoadU8(long i) {
        if (i < 0 || i >= input.length) {
            throw denied("input", "read past the input at " + i);
        }
        return input[(int) i] & 0xff;
    }

    long inputLoadU64(long i) {
        if (i < 0 || i + 8 > input.length) {
            throw denied("input", "read past the input at " + i);
        }
        return le(input, (int) i);
    }

    long inputOffset() {
        if (inputOffset == 0) {
            inputOffset = put(input);
        }
        return inputOffset;
    }

    void outputSet(long off, long len) {
        Map.Entry<Long, byte[]> e = block(off, (int) len);
        int at = (int) (off - e.getKey());
        output = java.util.Arrays.copyOfRange(e.getValue(), at, at + (int) len);
    }

    void errorSet(long off) {
        error = off == 0 ? null : string(off);
    }

    long errorGet() {
        return error == null ? 0 : put(error.getBytes(StandardCharsets.UTF_8));
    }

    long configGet(long keyOff) {
        String v = config.config().get(string(keyOff));
        return v == null ? 0 : put(v.getBytes(StandardCharsets.UTF_8));
    }

    long varGet(long keyOff) {
        byte[] v = vars.get(string(keyOff));
        return v == null ? 0 : put(v);
    }

    void varSet(long keyOff, long valueOff) {
        String key = string(keyOff);
        if (valueOff == 0) {
            vars.remove(key);
            return;
        }
        byte[] v = bytes(valueOff);
        long total = v.length;
        for (Map.Entry<String, byte[]> e : vars.entrySet()) {
            total += e.getKey().equals(key) ? 0 : e.getValue().length;
        }
        if (total > config.effectiveMaxVarBytes()) {
            throw denied("vars", "storing " + total + " bytes of vars passes memory.maxVarBytes ("
                    + config.effectiveMaxVarBytes() + ")");
        }
        vars.put(key, v);
    }

    /** {@code http_request}: the request's host must be in {@code allowedHosts}; the answer is capped. */
    @SuppressWarnings("unchecked")
    long httpRequest(long reqOff, long bodyOff) {
        Map<String, Object> req = GoYaml.fromJsonObject(string(reqOff));
        String url = String.valueOf(req.getOrDefault("url", ""));
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw denied("http", "invalid URL " + url);
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (!allowed(host, config.allowedHosts())) {
            throw denied("allowedHosts", "HTTP request to " + host + " is not allowed (runtimeConfig.allowedHosts: "
                    + config.allowedHosts() + ")");
        }
        String method = String.valueOf(req.getOrDefault("method", "GET"));
        byte[] body = bodyOff == 0 ? new byte[0] : bytes(bodyOff);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (req.get("headers") instanceof Map<?, ?> headers) {
            ((Map<String, Object>) headers).forEach((k, v) -> b.header(k, String.valueOf(v)));
        }
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<java.io.InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            httpStatus = r.statusCode();
            long max = config.effectiveMaxHttpResponseBytes();
            byte[] data;
            try (java.io.InputStream in = r.body()) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            }
            if (data.length > max) {
                throw denied("http", "the answer from " + host + " passes memory.maxHttpResponseBytes (" + max + ")");
            }
            return put(data);
        } catch (java.io.IOException e) {
            throw denied("http", "request to " + url + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw denied("http", "interrupted");
        }
    }

    int httpStatusCode() {
        return httpStatus;
    }

    /** Extism's host matching: exact, or {@code *.example.com} for subdomains, or {@code *} for any. */
    static boolean allowed(String host, List<String> patterns) {
        for (String p : patterns) {
            if (p.equals("*") || p.equalsIgnoreCase(host)
                    || (p.startsWith("*.") && host.toLowerCase().endsWith(p.substring(1).toLowerCase()))) {
                return true;
            }
        }
        return false;
    }

    private long put(byte[] data) {
        long off = alloc(data.length);
        System.arraycopy(data, 0, blocks.get(off), 0, data.length);
        return off;
    }

    private byte[] bytes(long off) {
        byte[] b = blocks.get(off);
        if (b == null) {
            throw denied("memory", "no Extism memory block at " + off);
        }
        return b.clone();
    }

    private String string(long off) {
        return new String(bytes(off), StandardCharsets.UTF_8);
    }

    private static long le(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xffL);
        }
        return v;
    }
}
