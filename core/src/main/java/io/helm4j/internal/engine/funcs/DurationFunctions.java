package io.helm4j.internal.engine.funcs;

import io.helm4j.gostd.Durations;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.gotemplate.GoFmt;
import io.helm4j.gotemplate.GoObject;
import java.util.List;
import java.util.Set;

/**
 * Helm 4.3's duration helpers (pkg/engine/funcs.go): {@code mustToDuration}, {@code durationSeconds} ...
 * {@code durationWeeks}, {@code durationRoundTo}, {@code durationTruncateTo}. A duration is read from a
 * {@code time.Duration}, a Go duration string ("2h13m"), a number of seconds as a string or a number;
 * the conversions give 0 on a bad input, {@code mustToDuration} fails.
 */
public final class DurationFunctions {
    private static final long SECOND = 1_000_000_000L;
    private static final double MAX_SECONDS = (double) Long.MAX_VALUE / SECOND;
    private static final double MIN_SECONDS = (double) Long.MIN_VALUE / SECOND;

    private DurationFunctions() {
    }

    /** Adds the duration helpers to {@code f}. */
    public static void register(FuncMap f) {
        f.put("mustToDuration", "interface {}", a -> new Duration(asDuration(a[0])));
        f.put("durationSeconds", "interface {}", a -> orZero(a[0], d -> Duration.seconds(d)));
        f.put("durationMilliseconds", "interface {}", a -> orZeroLong(a[0], d -> d / 1_000_000L));
        f.put("durationMicroseconds", "interface {}", a -> orZeroLong(a[0], d -> d / 1_000L));
        f.put("durationNanoseconds", "interface {}", a -> orZeroLong(a[0], d -> d));
        f.put("durationMinutes", "interface {}", a -> orZero(a[0], d -> Duration.split(d, 60 * SECOND)));
        f.put("durationHours", "interface {}", a -> orZero(a[0], d -> Duration.split(d, 3600 * SECOND)));
        f.put("durationDays", "interface {}", a -> orZero(a[0], d -> Duration.split(d, 3600 * SECOND) / 24.0));
        f.put("durationWeeks", "interface {}",
                a -> orZero(a[0], d -> Duration.split(d, 3600 * SECOND) / 24.0 / 7.0));
        f.put("durationRoundTo", "interface {}, interface {}", a -> roundOrTruncate(a[0], a[1], true));
        f.put("durationTruncateTo", "interface {}, interface {}", a -> roundOrTruncate(a[0], a[1], false));
    }

    private static Object orZero(Object v, java.util.function.LongToDoubleFunction f) {
        try {
            return f.applyAsDouble(asDuration(v));
        } catch (IllegalArgumentException e) {
            return 0.0;
        }
    }

    private static Object orZeroLong(Object v, java.util.function.LongUnaryOperator f) {
        try {
            return f.applyAsLong(asDuration(v));
        } catch (IllegalArgumentException e) {
            return 0L;
        }
    }

    private static Duration roundOrTruncate(Object v, Object m, boolean round) {
        long d;
        try {
            d = asDuration(v);
        } catch (IllegalArgumentException e) {
            return new Duration(0);
        }
        try {
            long mul = asDuration(m);
            return new Duration(round ? Duration.round(d, mul) : Duration.truncate(d, mul));
        } catch (IllegalArgumentException e) {
            return new Duration(d);
        }
    }

    /** Helm's asDuration, in nanoseconds; IllegalArgumentException with Helm's message. */
    static long asDuration(Object v) {
        return switch (v) {
            case Duration d -> d.nanos();
            case String s -> fromString(s);
            case null -> throw new IllegalArgumentException("invalid duration");
            case Integer i -> fromSeconds(i.longValue());
            case Long l -> fromSeconds(l);
            case io.helm4j.gotemplate.GoInteger g -> fromSeconds(g.value());
            case Short s -> fromSeconds(s.longValue());
            case Byte b -> fromSeconds(b.longValue());
            case Character c -> fromSeconds(c);
            case Double x -> fromSeconds(x);
            case Float x -> fromSeconds(x.doubleValue());
            default -> throw new IllegalArgumentException("unsupported duration type " + GoValues.typeName(v));
        };
    }

    private static long fromString(String x) {
        String s = x.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        try {
            return Durations.parse(s);
        } catch (IllegalArgumentException e) {
            // not a Go duration: a number of seconds?
        }
        Double f = Cast.parseGoFloat(s);
        if (f != null) {
            return fromSeconds(f);
        }
        throw new IllegalArgumentException("could not parse duration " + GoText.quote(x));
    }

    private static long fromSeconds(long seconds) {
        if (seconds > Long.MAX_VALUE / SECOND || seconds < Long.MIN_VALUE / SECOND) {
            throw new IllegalArgumentException("duration seconds overflow: " + seconds);
        }
        return seconds * SECOND;
    }

    private static long fromSeconds(double seconds) {
        // Helm's messages print the float64 with %v
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("invalid duration seconds: " + GoFmt.sprint(seconds));
        }
        if (seconds > MAX_SECONDS || seconds < MIN_SECONDS) {
            throw new IllegalArgumentException("duration seconds overflow: " + GoFmt.sprint(seconds));
        }
        double nanos = seconds * SECOND;
        if (nanos > (double) Long.MAX_VALUE || nanos < (double) Long.MIN_VALUE) {
            throw new IllegalArgumentException("duration nanoseconds overflow: " + GoFmt.sprint(nanos));
        }
        return (long) nanos;
    }

    /** A Go {@code time.Duration}: an int64 of nanoseconds that prints as "1h2m3s". */
    public static final class Duration extends Number implements GoObject {
        private static final Set<String> METHODS = Set.of("String", "Seconds", "Minutes", "Hours",
                "Milliseconds", "Microseconds", "Nanoseconds", "Abs", "Round", "Truncate");
        private final long nanos;

        Duration(long nanos) {
            this.nanos = nanos;
        }

        long nanos() {
            return nanos;
        }

        static double seconds(long d) {
            return split(d, SECOND);
        }

        /** Go's d/unit + remainder/unit, as Duration.Seconds, Minutes and Hours compute it. */
        static double split(long d, long unit) {
            return (double) (d / unit) + (double) (d % unit) / unit;
        }

        static long round(long d, long m) {
            return m <= 0 ? d : Durations.round(d, m);
        }

        static long truncate(long d, long m) {
            return m <= 0 ? d : d - d % m;
        }

        @Override
        public String goTypeName() {
            return "time.Duration";
        }

        @Override
        public String formatValue() {
            return Durations.format(nanos);
        }

        @Override
        public boolean hasMethod(String name) {
            return METHODS.contains(name);
        }

        /** Round and Truncate take a Duration (an integer constant converts to it), the others nothing. */
        @Override
        public String methodParams(String name) {
            return name.equals("Round") || name.equals("Truncate") ? "time.Duration" : "";
        }

        @Override
        public Object namedInt(long v) {
            return new Duration(v);
        }

        @Override
        public Object callMethod(String name, List<Object> args) {
            return switch (name) {
                case "String" -> Durations.format(nanos);
                case "Seconds" -> seconds(nanos);
                case "Minutes" -> split(nanos, 60 * SECOND);
                case "Hours" -> split(nanos, 3600 * SECOND);
                case "Milliseconds" -> nanos / 1_000_000L;
                case "Microseconds" -> nanos / 1_000L;
                case "Nanoseconds" -> nanos;
                case "Abs" -> new Duration(nanos == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(nanos));
                case "Round" -> new Duration(round(nanos, GoTime.durationArg(name, args)));
                case "Truncate" -> new Duration(truncate(nanos, GoTime.durationArg(name, args)));
                default -> GoObject.super.callMethod(name, args);
            };
        }

        @Override
        public int intValue() {
            return (int) nanos;
        }

        @Override
        public long longValue() {
            return nanos;
        }

        @Override
        public float floatValue() {
            return nanos;
        }

        @Override
        public double doubleValue() {
            return nanos;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Duration d && d.nanos == nanos;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(nanos);
        }

        @Override
        public String toString() {
            return Durations.format(nanos);
        }
    }
}
