package io.helm4j.gotemplate;

/**
 * A Go integer whose type the plain Java boxes cannot tell: Go's {@code int} beyond the range of a Java
 * {@code int} (Go's {@code int} is 64 bits; {@link Integer} stands for it when the value fits, {@link Long}
 * is {@code int64}), and {@code uint8}, the element type of a {@code []byte} (what {@code first} or
 * {@code index} of {@code .Files.GetBytes} gives). It behaves as a number everywhere (fmt, comparisons,
 * JSON, YAML, arithmetic through Sprig's casts) and keeps its type for {@code %T}, {@code typeOf},
 * {@code kindOf} and the parameter checks ({@code uint8} is not assignable to {@code int}).
 */
public final class GoInteger extends Number implements GoTyped {
    /** The Go types this class stands for. */
    public enum Type {
        /** Go's {@code int}, 64 bits on amd64. */
        INT("int", true),
        /** Go's {@code uint8} (byte). */
        UINT8("uint8", false),
        /** Go's {@code uint64} (semver's Major, Minor, Patch); the Java long holds its bits. */
        UINT64("uint64", false);

        private final String goName;
        private final boolean signed;

        Type(String goName, boolean signed) {
            this.goName = goName;
            this.signed = signed;
        }

        public String goName() {
            return goName;
        }

        public boolean signed() {
            return signed;
        }
    }

    private static final long serialVersionUID = 1L;
    private final long value;
    private final Type type;

    private GoInteger(long value, Type type) {
        this.value = value;
        this.type = type;
    }

    /** A Go {@code int}: an {@link Integer} when the value fits one, else a {@code GoInteger}. */
    public static Object ofInt(long value) {
        return value == (int) value ? (Object) (int) value : new GoInteger(value, Type.INT);
    }

    /** A Go {@code uint8} of the low 8 bits of {@code b}. */
    public static GoInteger uint8(int b) {
        return new GoInteger(b & 0xFF, Type.UINT8);
    }

    /** A Go {@code uint64} whose bits {@code bits} holds. */
    public static GoInteger uint64(long bits) {
        return new GoInteger(bits, Type.UINT64);
    }

    /** True for a Java value that stands for Go's {@code int} (an {@link Integer} or an INT {@code GoInteger}). */
    public static boolean isGoInt(Object v) {
        return v instanceof Integer || v instanceof GoInteger g && g.type == Type.INT;
    }

    public Type type() {
        return type;
    }

    public long value() {
        return value;
    }

    @Override
    public String goTypeName() {
        return type.goName;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
        // an unsigned value with the top bit set: halve, convert, double (the lost bit cannot change a double)
        return type.signed || value >= 0 ? value : (double) (value >>> 1) * 2.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoInteger g && g.value == value && g.type == type;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value) * 31 + type.ordinal();
    }

    @Override
    public String toString() {
        return type.signed ? Long.toString(value) : Long.toUnsignedString(value);
    }
}
