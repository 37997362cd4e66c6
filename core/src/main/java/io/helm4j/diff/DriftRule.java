package io.helm4j.diff;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A field that drift ignores, on the objects of a kind ({@code *} for any) and name ({@code *} for any): a
 * path pattern ({@code .spec.replicas}, {@code .webhooks[*].clientConfig.caBundle}) that matches the field
 * and everything below it; {@code reason} says why (shown in reports).
 *
 * <p>Written on the command line as {@code KIND[/NAME]:PATH} ({@code Deployment/web:.spec.replicas}).
 */
public record DriftRule(String kind, String name, String path, String reason) {
    public DriftRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith(".")) {
            throw new io.helm4j.UsageException("a drift ignore path starts with '.': " + path);
        }
        reason = reason == null ? "" : reason;
    }

    /** {@code KIND[/NAME]:PATH}. */
    public static DriftRule parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new io.helm4j.UsageException("invalid drift ignore rule \"" + text + "\": want KIND[/NAME]:PATH, "
                    + "such as Deployment/web:.spec.replicas");
        }
        String target = text.substring(0, colon);
        int slash = target.indexOf('/');
        String kind = slash < 0 ? target : target.substring(0, slash);
        String name = slash < 0 ? "*" : target.substring(slash + 1);
        return new DriftRule(kind, name, text.substring(colon + 1), "rule " + text);
    }

    boolean applies(String k, String n) {
        return (kind.equals("*") || kind.equals(k)) && (name.equals("*") || name.equals(n));
    }

    Predicate<String> matcher() {
        return FieldPaths.pattern(path);
    }
}
