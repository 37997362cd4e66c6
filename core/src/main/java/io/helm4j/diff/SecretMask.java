package io.helm4j.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Secret values hidden from every output: a key whose value stays reads {@code (unchanged)} on both sides;
 * one that changes, is added or removed reads {@code (changed)} in the new object and
 * {@code (old value hidden)} in the old one, so a diff still shows which keys change and nothing of their values.
 */
final class SecretMask {
    static final String UNCHANGED = "(unchanged)";
    static final String CHANGED = "(changed)";
    static final String OLD = "(old value hidden)";

    private SecretMask() {
    }

    /** The two objects (either may be null) with their {@code data} masked; {@code [before, after]}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object>[] mask(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> bd = data(before);
        Map<String, Object> ad = data(after);
        Map<String, Object> mb = new LinkedHashMap<>();
        Map<String, Object> ma = new LinkedHashMap<>();
        bd.forEach((k, v) -> mb.put(k, ad.containsKey(k) && Objects.equals(v, ad.get(k)) ? UNCHANGED : OLD));
        ad.forEach((k, v) -> ma.put(k, bd.containsKey(k) && Objects.equals(v, bd.get(k)) ? UNCHANGED : CHANGED));
        return new Map[] {withData(before, mb), withData(after, ma)};
    }

    /**
     * A Secret with its values base64-decoded, as the helm-diff plugin's {@code --show-secrets-decoded} shows it:
     * {@code data} (where {@code stringData} was already folded, {@link Normalizer}) replaced by {@code stringData}
     * holding the decoded text (invalid UTF-8 as U+FFFD, as Go's JSON encoder writes it); a value that is not base64
     * is left as written. Null for null.
     */
    static Map<String, Object> decoded(Map<String, Object> o) {
        if (o == null || !o.containsKey("data")) {
            return o;
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        data(o).forEach((k, v) -> {
            String s = String.valueOf(v);
            try {
                plain.put(k, new String(java.util.Base64.getDecoder().decode(s), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                plain.put(k, s);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>(o);
        out.remove("data");
        if (!plain.isEmpty()) {
            out.put("stringData", plain);
        }
        return out;
    }

    private static Map<String, Object> data(Map<String, Object> o) {
        if (o != null && o.get("data") instanceof Map<?, ?> d) {
            Map<String, Object> out = new LinkedHashMap<>();
            d.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        return Map.of();
    }

    private static Map<String, Object> withData(Map<String, Object> o, Map<String, Object> data) {
        if (o == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>(o);
        if (o.containsKey("data")) {
            out.put("data", data);
        }
        return out;
    }
}
