package io.helm4j.gotemplate;

import io.helm4j.gotemplate.Values.Kind;
import java.util.List;
import java.util.Map;

/** Go's comparison builtins {@code eq}, {@code ne}, {@code lt}, {@code le}, {@code gt}, {@code ge}. */
final class Compare {
    static final String BAD_COMPARISON_TYPE = "invalid type for comparison";
    static final String BAD_COMPARISON = "incompatible types for comparison";
    static final String NO_COMPARISON = "missing argument for comparison";

    private Compare() {
    }

    static boolean eq(Object arg1, List<Object> others) {
        if (others.isEmpty()) {
            throw new CallError(NO_COMPARISON);
        }
        Kind k1 = Values.basicKind(arg1);
        for (Object arg : others) {
            if (eqOne(arg1, k1, arg)) {
                return true;
            }
        }
        return false;
    }

    static boolean eq2(Object arg1, Object arg2) {
        return eqOne(arg1, Values.basicKind(arg1), arg2);
    }

    private static boolean eqOne(Object arg1, Kind k1, Object arg) {
        Kind k2 = Values.basicKind(arg);
        if (noBasicKind(k1) && noBasicKind(k2)) {
            return eqOther(arg1, arg); // Go's basicKind is invalidKind for nil and for every other kind alike
        }
        if (k1 != k2) {
            if (isValid(arg1) && isValid(arg)) {
                throw incompatible(arg1, arg);
            }
            return false;
        }
        return switch (k1) {
            case BOOL -> arg1.equals(arg);
            case FLOAT -> ((Number) arg1).doubleValue() == ((Number) arg).doubleValue();
            case INT -> Values.toLong(arg1) == Values.toLong(arg);
            case STRING -> arg1.equals(arg);
            default -> eqOther(arg1, arg);
        };
    }

    private static boolean noBasicKind(Kind k) {
        return k == Kind.INVALID || k == Kind.OTHER;
    }

    private static CallError incompatible(Object a, Object b) {
        return new CallError(BAD_COMPARISON + ": " + Values.typeName(a) + " and " + Values.typeName(b));
    }

    private static boolean isValid(Object v) {
        return v != null && v != Values.MISSING;
    }

    /**
     * Go's eq for values of no basic kind: values of different reflect kinds (a slice and a map) cannot be
     * compared; a nil one (nil, or a typed nil slice or map) equals only another nil one; slices and maps are
     * otherwise not comparable; other values are equal when they are of one type and equal.
     */
    private static boolean eqOther(Object a, Object b) {
        boolean validA = isValid(a);
        boolean validB = isValid(b);
        String ta = validA ? Values.typeName(a) : "";
        String tb = validB ? Values.typeName(b) : "";
        if (validA && validB && !reflectKind(a).equals(reflectKind(b))) {
            throw new CallError(GoFmt.sprintf("non-comparable types %s: %v, %s: %v", a, ta, tb, b));
        }
        boolean nilA = !validA || a instanceof GoNilValue;
        boolean nilB = !validB || b instanceof GoNilValue;
        if (nilA || nilB) {
            return nilA == nilB;
        }
        if (b instanceof Map || b instanceof List || b instanceof byte[]) {
            throw new CallError(GoFmt.sprintf("non-comparable type %s: %v", b, tb));
        }
        return ta.equals(tb) && a.equals(b);
    }

    /** Go's reflect.Kind, for the values eqOther sees. */
    private static String reflectKind(Object v) {
        return switch (v) {
            case Map<?, ?> m -> "map";
            case List<?> l -> "slice";
            case byte[] b -> "slice";
            case GoObject o -> o.goTypeName().startsWith("*") ? "ptr" : "struct";
            default -> v.getClass().getName();
        };
    }

    static boolean lt(Object arg1, Object arg2) {
        Kind k1 = Values.basicKind(arg1);
        if (k1 == Kind.INVALID || k1 == Kind.OTHER) {
            throw new CallError(BAD_COMPARISON_TYPE);
        }
        Kind k2 = Values.basicKind(arg2);
        if (k2 == Kind.INVALID || k2 == Kind.OTHER) {
            throw new CallError(BAD_COMPARISON_TYPE);
        }
        if (k1 != k2) {
            throw incompatible(arg1, arg2);
        }
        return switch (k1) {
            case BOOL -> throw new CallError(BAD_COMPARISON_TYPE);
            case FLOAT -> ((Number) arg1).doubleValue() < ((Number) arg2).doubleValue();
            case INT -> Values.toLong(arg1) < Values.toLong(arg2);
            case STRING -> ((String) arg1).compareTo((String) arg2) < 0;
            default -> throw new CallError(BAD_COMPARISON_TYPE);
        };
    }

    static boolean le(Object arg1, Object arg2) {
        return lt(arg1, arg2) || eq2(arg1, arg2);
    }

    static boolean gt(Object arg1, Object arg2) {
        return !le(arg1, arg2);
    }

    static boolean ge(Object arg1, Object arg2) {
        return !lt(arg1, arg2);
    }
}
