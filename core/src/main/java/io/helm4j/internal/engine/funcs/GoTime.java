package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoInteger;
import io.helm4j.gotemplate.GoObject;
import io.helm4j.yaml.GoTimeValue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Go {@code time.Time}: Go's own count of seconds since January 1 of year 1 UTC ({@code sec}, an int64 that
 * wraps as Go's does: {@code time.Unix(math.MaxInt64, 0)} is a time in year 292277026596), the nanoseconds
 * within the second, and a location. {@code zoneName} overrides the abbreviation ("" for a fabricated zone that
 * has only an offset, as after parsing "-0700").
 *
 * <p>The calendar is Go's (proleptic Gregorian over unsigned "absolute" seconds counted from March 1 of year
 * -292277022400), not java.time's, whose range ends at year ±999,999,999: every int64 of seconds has a date, as in
 * Go. Only the zone offset is asked of java.time, at an instant moved into its range by whole 400-year cycles
 * (which repeat the calendar, so the daylight-saving rules fall on the same days).
 */
record GoTime(long sec, int nsec, ZoneId zone, String zoneName, GoZone tz) implements GoObject, GoTimeValue {
    private static final Set<String> METHODS = Set.of("Unix", "UnixNano", "UnixMilli", "Year", "Month", "Day",
            "Hour", "Minute", "Second", "Nanosecond", "YearDay", "Weekday", "Format", "UTC", "Local", "String",
            "IsZero", "Add", "AddDate", "After", "Before", "Equal", "Compare", "Sub", "Truncate", "Round", "UnixMicro",
            "AppendFormat", "AppendText", "IsDST", "MarshalJSON", "MarshalText", "Clock", "Date", "ISOWeek", "Zone", "ZoneBounds");
    /** Methods whose results text/template refuses: neither one value nor a value and an error. */
    private static final java.util.Map<String, String> MULTI = java.util.Map.of(
            "Clock", "function Clock has 3 return values; should be 1 or 2",
            "Date", "function Date has 3 return values; should be 1 or 2",
            "ISOWeek", "invalid function signature for ISOWeek: second return value should be error; is int",
            "Zone", "invalid function signature for Zone: second return value should be error; is int",
            "ZoneBounds", "invalid function signature for ZoneBounds: second return value should be error; is time.Time");

    private static final long SECONDS_PER_DAY = 86_400;
    /** Go's absoluteYears: the absolute zero instant is March 1 of year -ABSOLUTE_YEARS. */
    private static final long ABSOLUTE_YEARS = 292_277_022_400L;
    private static final long MARCH_THRU_DECEMBER = 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31;
    private static final long INTERNAL_TO_ABSOLUTE = (ABSOLUTE_YEARS * 365 + ABSOLUTE_YEARS / 4 - ABSOLUTE_YEARS / 100
            + ABSOLUTE_YEARS / 400 + MARCH_THRU_DECEMBER) * SECONDS_PER_DAY;
    /** Seconds from year 1 to 1970 (Go's unixToInternal). */
    static final long UNIX_TO_INTERNAL = (1969L * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * SECONDS_PER_DAY;
    private static final long UNIX_TO_ABSOLUTE = UNIX_TO_INTERNAL + INTERNAL_TO_ABSOLUTE;
    /** 400 Gregorian years in seconds: the calendar (weekdays included) repeats after it. */
    private static final long CYCLE = 146_097 * SECONDS_PER_DAY;
    /** Unix seconds of 10000-01-01 and of 0001-01-01: where zone offsets are looked up within java.time's range. */
    private static final long UNIX_YEAR_10000 = 253_402_300_800L;
    private static final long UNIX_YEAR_1 = -UNIX_TO_INTERNAL;
    private static final long MAX_DURATION = Long.MAX_VALUE;
    private static final long MIN_DURATION = Long.MIN_VALUE;

    GoTime(long sec, int nsec, ZoneId zone, String zoneName) {
        this(sec, nsec, zone, zoneName, null);
    }

    GoTime(Instant instant, ZoneId zone, String zoneName) {
        this(instant.getEpochSecond() + UNIX_TO_INTERNAL, instant.getNano(), zone, zoneName);
    }

    /** Go's {@code time.Unix(unixSec, 0)} in {@code zone}: the seconds wrap past int64 as Go's do. */
    static GoTime unix(long unixSec, ZoneId zone) {
        return new GoTime(unixSec + UNIX_TO_INTERNAL, 0, zone, null);
    }

    /** Go's zero time, January 1, year 1, 00:00:00 UTC. */
    static GoTime zero() {
        return new GoTime(0, 0, ZoneOffset.UTC, null);
    }

    /** Seconds since 1970 (Go's unixSec, wrapping). */
    long unixSec() {
        return sec + -UNIX_TO_INTERNAL;
    }

    /** The instant, for times within java.time's range. */
    Instant instant() {
        return Instant.ofEpochSecond(unixSec(), nsec);
    }

    GoTime in(ZoneId z) {
        return new GoTime(sec, nsec, z, null);
    }

    /** {@code t.In(loc)} for a location read from the tz database's file, as Go reads it. */
    GoTime in(GoZone z) {
        return new GoTime(sec, nsec, ZoneOffset.UTC, null, z);
    }

    String format(String layout) {
        return GoTimeFormat.format(this, layout);
    }

    /** The fields Go prints: the date and clock in the time's zone, with the zone's name and offset. */
    record Civil(long year, int month, int day, int yday, int weekday, int hour, int minute, int second,
            int offset, String name) {
    }

    Civil civil() {
        long unix = unixSec();
        int offset;
        String name;
        if (tz != null) {
            GoZone.Zone z = tz.lookup(unix);
            offset = z.offset();
            name = zoneName != null ? zoneName : z.name();
        } else if (zone.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")) {
            offset = 0;
            name = zoneName != null ? zoneName : "UTC";
        } else {
            ZonedDateTime at = Instant.ofEpochSecond(inJavaRange(unix)).atZone(zone);
            offset = at.getOffset().getTotalSeconds();
            name = zoneName != null ? zoneName : abbreviation(at);
        }
        long abs = unix + offset + UNIX_TO_ABSOLUTE; // unsigned, wrapping as Go's absSeconds
        long days = Long.divideUnsigned(abs, SECONDS_PER_DAY);
        int secOfDay = (int) Long.remainderUnsigned(abs, SECONDS_PER_DAY);
        long[] date = date(days);
        int weekday = (int) Long.remainderUnsigned(days + 3, 7); // March 1 of the absolute year was a Wednesday
        return new Civil(date[0], (int) date[1], (int) date[2], (int) date[3], weekday, secOfDay / 3600,
                secOfDay % 3600 / 60, secOfDay % 60, offset, name);
    }

    /** Year and 1-based day of the year of Unix seconds in UTC, as Go's tzset computes them (wrapping). */
    static long[] yearYday(long unixSec) {
        long[] date = date(Long.divideUnsigned(unixSec + UNIX_TO_ABSOLUTE, SECONDS_PER_DAY));
        return new long[] {date[0], date[3]};
    }

    /** Go's absDays.split and date (Neri and Schneider): {year, month, day, yday} of absolute days. */
    private static long[] date(long days) {
        // days is below 2^48, so these products fit a long
        long d = 4 * days + 3;
        long century = d / 146_097;
        long cd = (d % 146_097) | 3;
        long product = 2_939_745L * cd;
        int cyear = (int) (product >>> 32);
        int ayday = (int) ((product & 0xFFFF_FFFFL) / 2_939_745 / 4);
        int janFeb = ayday >= MARCH_THRU_DECEMBER ? 1 : 0;
        int md = 2141 * ayday + 197_913;
        int month = (md >>> 16) - janFeb * 12;
        int day = 1 + (md & 0xFFFF) / 2141;
        long year = century * 100 - ABSOLUTE_YEARS + cyear + janFeb;
        int leap = cyear % 4 == 0 && (cyear != 0 || century % 4 == 0) ? 1 : 0;
        int yday = ayday + 1 + 31 + 28 + (leap & ~janFeb) - 365 * janFeb;
        return new long[] {year, month, day, yday};
    }

    /**
     * Unix seconds within java.time's range that have the same zone offset: times after year 9999 move back by
     * whole 400-year cycles (zone rules beyond their last transition repeat each year), times before year 1 are
     * before every transition (Go takes the zone's first offset there, java.time too).
     */
    private static long inJavaRange(long unix) {
        if (unix >= UNIX_YEAR_10000) {
            return UNIX_YEAR_10000 - CYCLE + Long.remainderUnsigned(unix - (UNIX_YEAR_10000 - CYCLE), CYCLE);
        }
        return Math.max(unix, UNIX_YEAR_1);
    }

    /**
     * The zone abbreviation Go reads from tzdata: "LMT" before the zone's first transition (the local mean time
     * every geographic zone of tzdata begins with), the name java.time knows, else tzdata's numeric form
     * ({@code %z}: "+04", "-0330") where java.time has only "GMT+04:00".
     */
    private static String abbreviation(ZonedDateTime at) {
        java.time.zone.ZoneOffsetTransition first = at.getZone().getRules().nextTransition(Instant.MIN);
        if (first != null && at.toInstant().isBefore(first.getInstant())) {
            return "LMT";
        }
        String n = DateTimeFormatter.ofPattern("zzz", Locale.US).format(at);
        if (n.startsWith("GMT") && n.length() > 3 || n.startsWith("UTC") && n.length() > 3) {
            int off = at.getOffset().getTotalSeconds();
            int minutes = Math.abs(off) / 60;
            return (off < 0 ? "-" : "+") + String.format("%02d", minutes / 60)
                    + (minutes % 60 != 0 ? String.format("%02d", minutes % 60) : "");
        }
        return n;
    }

    /** Go's {@code Time.Add}: the seconds saturate at the int64 bounds instead of wrapping. */
    GoTime plus(long d) {
        long dsec = d / 1_000_000_000L;
        int n = nsec + (int) (d % 1_000_000_000L);
        if (n >= 1_000_000_000) {
            dsec++;
            n -= 1_000_000_000;
        } else if (n < 0) {
            dsec--;
            n += 1_000_000_000;
        }
        long sum = sec + dsec;
        long s;
        if ((sum > sec) == (dsec > 0)) {
            s = sum;
        } else if (dsec > 0) {
            s = Long.MAX_VALUE;
        } else {
            s = -Long.MAX_VALUE;
        }
        return new GoTime(s, n, zone, zoneName, tz);
    }

    /** Go's {@code t.Sub(u)} without monotonic readings: the minimum or maximum Duration when out of range. */
    long minus(GoTime u) {
        long d = (sec - u.sec) * 1_000_000_000L + (nsec - u.nsec);
        GoTime back = u.plus(d);
        if (back.sec == sec && back.nsec == nsec) {
            return d;
        }
        boolean before = sec < u.sec || sec == u.sec && nsec < u.nsec;
        return before ? MIN_DURATION : MAX_DURATION;
    }

    @Override
    public String goTypeName() {
        return "time.Time";
    }

    @Override
    public boolean hasMethod(String name) {
        return METHODS.contains(name);
    }

    /**
     * Format takes a string, the others modelled here nothing, checked by the executor as Go's evalCall does; Add
     * (a {@code time.Duration}, which the executor cannot name yet) checks its own argument.
     */
    @Override
    public String methodParams(String name) {
        return switch (name) {
            case "Format" -> "string";
            case "Add", "Truncate", "Round" -> "time.Duration";
            case "AddDate" -> "int, int, int";
            case "After", "Before", "Equal", "Compare", "Sub" -> "time.Time";
            case "AppendFormat" -> null;
            case "AppendText" -> "[]uint8";
            default -> "";
        };
    }

    @Override
    public Object callMethod(String name, List<Object> args) {
        String results = MULTI.get(name);
        if (results != null) {
            throw new io.helm4j.gotemplate.FunctionArgumentException(results);
        }
        return switch (name) {
            case "Unix" -> unixSec();
            case "UnixNano" -> unixSec() * 1_000_000_000L + nsec;
            case "UnixMilli" -> unixSec() * 1_000L + nsec / 1_000_000;
            case "Year" -> GoInteger.ofInt(civil().year());
            case "Month" -> new CalendarInt("time.Month", civil().month(),
                    GoTimeFormat.LONG_MONTHS.get(civil().month() - 1));
            case "Day" -> civil().day();
            case "Hour" -> civil().hour();
            case "Minute" -> civil().minute();
            case "Second" -> civil().second();
            case "Nanosecond" -> nsec;
            case "YearDay" -> civil().yday();
            case "Weekday" -> new CalendarInt("time.Weekday", civil().weekday(),
                    GoTimeFormat.LONG_DAYS.get(civil().weekday()));
            case "Format" -> format(Args.str(args.getFirst()));
            case "UTC" -> in(ZoneOffset.UTC);
            case "Local" -> this;
            case "String" -> formatValue();
            case "IsZero" -> sec == 0 && nsec == 0;
            // a number constant is converted to the Duration parameter (a large one arrives as a GoInteger)
            case "Add" -> plus(durationArg(name, args));
            case "AddDate" -> addDate(Args.int64(args.get(0)), Args.int64(args.get(1)), Args.int64(args.get(2)));
            case "After" -> compare((GoTime) args.getFirst()) > 0;
            case "Before" -> compare((GoTime) args.getFirst()) < 0;
            case "Equal" -> compare((GoTime) args.getFirst()) == 0;
            case "Compare" -> compare((GoTime) args.getFirst());
            case "Sub" -> new DurationFunctions.Duration(minus((GoTime) args.getFirst()));
            case "Truncate" -> truncateOrRound(durationArg(name, args), false);
            case "Round" -> truncateOrRound(durationArg(name, args), true);
            case "UnixMicro" -> unixSec() * 1_000_000L + nsec / 1_000;
            case "AppendFormat" -> appendFormat(args);
            case "MarshalJSON" -> io.helm4j.gostd.GoStrings.bytes("\"" + marshalText(name) + "\"");
            case "MarshalText" -> io.helm4j.gostd.GoStrings.bytes(marshalText(name));
            case "AppendText" -> concat(args.getFirst() == null ? new byte[0] : (byte[]) args.getFirst(),
                    io.helm4j.gostd.GoStrings.bytes(marshalText(name)));
            case "IsDST" -> isDst();
            default -> throw new IllegalStateException("can't evaluate method " + name);
        };
    }

    /** A {@code time.Duration} argument: a Duration, or a number constant converted to it; Go's count checked. */
    static long durationArg(String name, List<Object> args) {
        if (args.size() != 1) {
            throw new io.helm4j.gotemplate.FunctionArgumentException(
                    "wrong number of args for " + name + ": want 1 got " + args.size());
        }
        Object a = args.getFirst();
        if (a instanceof DurationFunctions.Duration d) {
            return d.nanos();
        }
        if (a instanceof GoInteger g) {
            return g.value();
        }
        if (a instanceof Long || a instanceof Integer) {
            return ((Number) a).longValue();
        }
        throw Args.wrong("time.Duration", a);
    }

    private int compare(GoTime u) {
        int c = Long.compare(sec, u.sec);
        return c != 0 ? c : Integer.compare(nsec, u.nsec);
    }

    /** The zone offset in force at Unix seconds {@code unix} in this time's location. */
    private int offsetAt(long unix) {
        return new GoTime(unix + UNIX_TO_INTERNAL, 0, zone, zoneName, tz).civil().offset();
    }

    /** Go's {@code t.AddDate}: {@code Date(y+years, m+months, d+days, clock, t.Location())}, normalised. */
    private GoTime addDate(long years, long months, long days) {
        Civil c = civil();
        long m = c.month() - 1 + months;
        long y = c.year() + years + Math.floorDiv(m, 12);
        m = Math.floorMod(m, 12);
        long d = daysFromCivil(y, (int) m + 1) + c.day() - 1 + days;
        long unix = d * SECONDS_PER_DAY + c.hour() * 3600L + c.minute() * 60L + c.second();
        int offset = offsetAt(unix);
        if (offset != 0) {
            int utcOffset = offsetAt(unix - offset);
            unix -= utcOffset;
        }
        return new GoTime(unix + UNIX_TO_INTERNAL, nsec, zone, zoneName, tz);
    }

    /** Days from 1970-01-01 to the first of {@code month} of {@code year} (proleptic Gregorian). */
    private static long daysFromCivil(long year, int month) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = (month + 9) % 12;
        long doy = (153 * mp + 2) / 5;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** Go's {@code t.Truncate(d)} and {@code t.Round(d)}: multiples of d counted from the zero time. */
    private GoTime truncateOrRound(long d, boolean round) {
        if (d <= 0) {
            return this;
        }
        java.math.BigInteger total = java.math.BigInteger.valueOf(sec).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(nsec));
        long r = total.mod(java.math.BigInteger.valueOf(d)).longValue();
        if (!round || Long.compareUnsigned(r + r, d) < 0) {
            return plus(-r);
        }
        return plus(d - r);
    }

    private Object appendFormat(List<Object> args) {
        if (args.size() != 2) {
            throw new io.helm4j.gotemplate.FunctionArgumentException(
                    "wrong number of args for AppendFormat: want 2 got " + args.size());
        }
        byte[] head = args.get(0) == null ? new byte[0] : args.get(0) instanceof byte[] b ? b : null;
        if (head == null) {
            throw Args.wrong("[]uint8", args.get(0));
        }
        return concat(head, io.helm4j.gostd.GoStrings.bytes(format(Args.str(args.get(1)))));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    /** Go's {@code t.IsDST}: whether the zone in force at t is a daylight-saving one. */
    private boolean isDst() {
        if (tz != null) {
            return tz.lookup(unixSec()).dst();
        }
        if (zone instanceof ZoneOffset || zone.getId().equals("UTC")) {
            return false;
        }
        return zone.getRules().isDaylightSavings(Instant.ofEpochSecond(inJavaRange(unixSec())));
    }

    /** Go's MarshalText: RFC 3339 with nanoseconds, for years 0 to 9999 and whole-minute offsets. */
    private String marshalText(String method) {
        Civil c = civil();
        if (c.year() < 0 || c.year() > 9999) {
            throw new IllegalArgumentException("Time." + method + ": year outside of range [0,9999]");
        }
        return rfc3339Nano();
    }

    /**
     * A {@code time.Month} or {@code time.Weekday}: a named int of Go, which fmt and text/template print by its
     * String method ("January", "Monday") and which compares, counts and marshals as the int.
     */
    static final class CalendarInt extends Number implements GoObject {
        private static final long serialVersionUID = 1L;
        private final String type;
        private final int value;
        private final String name;

        CalendarInt(String type, int value, String name) {
            this.type = type;
            this.value = value;
            this.name = name;
        }

        @Override
        public String goTypeName() {
            return type;
        }

        @Override
        public String formatValue() {
            return name;
        }

        @Override
        public boolean hasMethod(String method) {
            return method.equals("String");
        }

        @Override
        public String methodParams(String method) {
            return "";
        }

        @Override
        public Object callMethod(String method, List<Object> args) {
            return name;
        }

        @Override
        public int intValue() {
            return value;
        }

        @Override
        public long longValue() {
            return value;
        }

        @Override
        public float floatValue() {
            return value;
        }

        @Override
        public double doubleValue() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CalendarInt c && c.type.equals(type) && c.value == value;
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + value;
        }
    }

    /** BurntSushi's own locations of offset zero ({@code datetime-local}...), which toToml prints without a zone. */
    @Override
    public String localLocation() {
        String name = tz == null ? null : tz.fixedName();
        return name != null && name.endsWith("-local") ? name : null;
    }

    @Override
    public String rfc3339Nano() {
        return format("2006-01-02T15:04:05.999999999Z07:00");
    }

    @Override
    public String formatValue() {
        return format("2006-01-02 15:04:05.999999999 -0700 MST");
    }
}
