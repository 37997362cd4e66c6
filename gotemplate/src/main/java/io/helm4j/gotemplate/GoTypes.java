package io.helm4j.gotemplate;

import java.util.List;
import java.util.Map;

/** Go's view of the Java value model: type names as {@code %T} prints them, and value classes. */
final class GoTypes {
    private GoTypes() {
    }

    /** Go's type name, as {@code %T} and error messages print it. */
    static String typeName(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case String s -> "string";
            case Boolean b -> "bool";
            case Integer i -> "int";
            case Long l -> "int64";
            case Double d -> "float64";
            case Float f -> "float32";
            case Short s -> "int16";
            case Byte b -> "int8";
            case Character c -> "int32";
            case byte[] b -> "[]uint8";
            case GoTyped t -> t.goTypeName();
            case Map<?, ?> m -> "map[string]interface {}";
            case List<?> l -> "[]interface {}";
            default -> v.getClass().getSimpleName();
        };
    }

    /** True for the Java types that stand for Go's signed integers. */
    static boolean isInteger(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
            || v instanceof Character || v instanceof GoInteger;
    }

    /** The int64 value of a Go integer (see {@link #isInteger}). */
    static long integerValue(Object v) {
        return v instanceof Character c ? c : ((Number) v).longValue();
    }
}
