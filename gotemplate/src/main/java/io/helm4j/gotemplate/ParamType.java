package io.helm4j.gotemplate;

import java.util.Map;

/**
 * The Go type of one function parameter, as far as the executor checks arguments against it (Go's
 * {@code evalArg} and {@code validateType}): which constants it takes, whether nil fits, and which values
 * of the value model (see {@link Template}) are assignable to it. A {@link GoTyped} list or map has a type
 * of its own ({@code []string}), not assignable to {@code []interface {}} as in Go.
 */
final class ParamType {
    /** How constants are turned into the parameter's type (the {@code reflect.Kind} Go switches on). */
    enum Kind { ANY, STRING, BOOL, INT, INT64, UINT, FLOAT, MAP, LIST, NAMED, POINTER, NAMED_INT, BYTES }

    static final ParamType ANY = new ParamType("interface {}", Kind.ANY);

    final String name;
    final Kind kind;

    private ParamType(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** The type Go spells {@code name}; throws IllegalArgumentException for a type the executor cannot check. */
    static ParamType of(String name) {
        Kind kind = switch (name) {
            case "interface {}", "any" -> Kind.ANY;
            case "string" -> Kind.STRING;
            case "bool" -> Kind.BOOL;
            case "int" -> Kind.INT;
            case "int64" -> Kind.INT64;
            case "uint32" -> Kind.UINT;
            case "float64" -> Kind.FLOAT;
            case "map[string]interface {}" -> Kind.MAP;
            case "[]interface {}" -> Kind.LIST;
            // a named integer type: integer constants convert to it, values must be of the type itself
            case "time.Duration" -> Kind.NAMED_INT;
            case "[]uint8", "[]byte" -> Kind.BYTES;
            default -> {
                if (name.startsWith("*") && name.length() > 1) {
                    yield Kind.POINTER;
                }
                if (name.matches("[a-z][a-z0-9]*\\.[A-Za-z][A-Za-z0-9]*")) {
                    yield Kind.NAMED;
                }
                throw new IllegalArgumentException("unsupported parameter type: " + name);
            }
        };
        return kind == Kind.ANY ? ANY : new ParamType(name, kind);
    }

    /** Go's {@code canBeNil}: nil (and a missing value) is the zero value of this type. */
    boolean canBeNil() {
        return switch (kind) {
            case ANY, MAP, LIST, POINTER, BYTES -> true;
            default -> false;
        };
    }

    /** Whether a (non-nil) value of the value model is assignable to this type. */
    boolean accepts(Object v) {
        return switch (kind) {
            case ANY -> true;
            case STRING -> v instanceof String;
            case BOOL -> v instanceof Boolean;
            case INT -> GoInteger.isGoInt(v);
            case INT64 -> v instanceof Long;
            case UINT -> false;
            case FLOAT -> v instanceof Double;
            case MAP -> v instanceof Map<?, ?> && (!(v instanceof GoTyped g) || name.equals(g.underlyingTypeName()));
            case LIST -> v instanceof java.util.List<?> && !(v instanceof GoTyped);
            case BYTES -> v instanceof byte[];
            case NAMED, POINTER, NAMED_INT -> v instanceof GoTyped g && name.equals(g.goTypeName());
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
