package io.helm4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equality of JSON-shaped values (maps, lists, strings, booleans, numbers, null) as JSON means it: a number
 * equals another of the same value whatever its Java type ({@code 1}, {@code 1L}, {@code 1.0} are equal), compared
 * exactly, so two integers too large for a double stay different ({@code 9007199254740993} is not
 * {@code 9007199254740992}); maps by their keys and values, lists element by element. The one equality of the
 * diff (what changed, whether an apply can change anything) and of the client-side JSON merge patch.
 */
public final class JsonEquality {
    private JsonEquality() {
    }

    public static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return sameNumber(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean sameNumber(Number x, Number y) {
        if (fixed(x) && fixed(y)) {
            return x.longValue() == y.longValue();
        }
        if (!finite(x) || !finite(y)) {
            return x.doubleValue() == y.doubleValue(); // NaN equals nothing, an infinity itself (as in Go)
        }
        return exact(x).compareTo(exact(y)) == 0;
    }

    private static boolean fixed(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    private static boolean finite(Number n) {
        return !(n instanceof Double d && !Double.isFinite(d) || n instanceof Float f && !Float.isFinite(f));
    }

    /** The decimal value: a double as its shortest decimal form (the number as written in JSON or YAML). */
    private static BigDecimal exact(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> new BigDecimal(f.toString());
            default -> fixed(n) ? BigDecimal.valueOf(n.longValue()) : new BigDecimal(n.toString());
        };
    }
}
