package io.helm4j.internal.engine.funcs;

import io.helm4j.gostd.Durations;
import io.helm4j.gotemplate.FuncMap;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static io.helm4j.internal.engine.funcs.Args.str;

/**
 * Sprig's date.go over an injected clock. "Local" is Go's {@code time.Local} read from the environment ($TZ, else
 * /etc/localtime) when the clock is the system's ({@code Clock.systemUTC()}, what the CLI and the SDK's context
 * use), else the given clock's zone (a test's fixed clock decides).
 */
final class DateFunctions implements Area {
    private final Clock clock;
    private final java.util.Map<String, String> env;
    /** The locations loaded so far by name (empty where Go's LoadLocation fails). */
    private final java.util.Map<String, java.util.Optional<GoZone>> zones = new java.util.concurrent.ConcurrentHashMap<>();

    private DateFunctions(Clock clock, java.util.Map<String, String> env) {
        this.clock = clock;
        this.env = env;
    }

    static void register(FuncMap f, Clock clock, java.util.Map<String, String> env) {
        DateFunctions d = new DateFunctions(clock, env);
        Area area = d;
        f.put("now", "", new Area.Named("now", area));
        f.put("date", "string, interface {}", new Area.Named("date", area));
        f.put("dateInZone", "string, interface {}, string", new Area.Named("dateInZone", area));
        f.put("date_in_zone", "string, interface {}, string", new Area.Named("date_in_zone", area));
        f.put("htmlDate", "interface {}", new Area.Named("htmlDate", area));
        f.put("htmlDateInZone", "interface {}, string", new Area.Named("htmlDateInZone", area));
        f.put("dateModify", "string, time.Time", new Area.Named("dateModify", area));
        f.put("date_modify", "string, time.Time", new Area.Named("date_modify", area));
        f.put("mustDateModify", "string, time.Time", new Area.Named("mustDateModify", area));
        f.put("must_date_modify", "string, time.Time", new Area.Named("must_date_modify", area));
        f.put("ago", "interface {}", new Area.Named("ago", area));
        f.put("duration", "interface {}", new Area.Named("duration", area));
        f.put("durationRound", "interface {}", new Area.Named("durationRound", area));
        f.put("toDate", "string, string", new Area.Named("toDate", area));
        f.put("mustToDate", "string, string", new Area.Named("mustToDate", area));
        f.put("unixEpoch", "time.Time", new Area.Named("unixEpoch", area));
    }

    private GoTime now() {
        GoTime t = new GoTime(clock.instant(), clock.getZone(), null);
        GoZone tz = localZone();
        return tz != null ? t.in(tz) : t;
    }

    private static GoTime time(Object v) {
        if (v instanceof GoTime t) {
            return t;
        }
        if (v instanceof io.helm4j.yaml.GoTimeValue t) {
            return fromValue(t);
        }
        throw Args.wrong("time.Time", v);
    }

    /** A time.Time that another part made (fromToml's): the same instant and location as a GoTime. */
    static GoTime fromValue(io.helm4j.yaml.GoTimeValue v) {
        GoTime t = GoTimeParser.parse("2006-01-02T15:04:05.999999999Z07:00", v.rfc3339Nano(), ZoneOffset.UTC);
        String local = v.localLocation();
        return local == null ? t : t.in(GoZone.fixed(local, 0));
    }

    /**
     * Sprig's reading of a date argument: a time.Time, or seconds since 1970 as an int or int64 (Go's
     * {@code time.Unix}, whose seconds wrap past int64: {@code htmlDate 9223372036854775807} is in year
     * 292277026596); anything else is now.
     */
    private GoTime toTime(Object date) {
        return switch (date) {
            case GoTime t -> t;
            case io.helm4j.yaml.GoTimeValue t -> fromValue(t);
            case Long l -> GoTime.unix(l, clock.getZone());
            case Integer i -> GoTime.unix(i, clock.getZone());
            case io.helm4j.gotemplate.GoInteger g when g.type() == io.helm4j.gotemplate.GoInteger.Type.INT -> GoTime.unix(g.value(), clock.getZone());
            case null, default -> now();
        };
    }

    private String dateInZone(String layout, Object date, String zone) {
        return in(toTime(date), zone).format(layout);
    }

    /**
     * {@code t.In(loc)} with Go's {@code time.LoadLocation(zone)} as Sprig falls back from it: "Local", "" and
     * "UTC"; else the tz database's file of that exact name, read as Go reads it (its abbreviations, offsets and
     * rules, so the machine's tzdata decides as it does for Helm); a name with no file is UTC (an offset such as
     * "+05:00" or "GMT+5" too, which java.time would take). On a machine without a tz database Go knows no zone
     * at all; helm4j then uses java.time's rules for the names it knows.
     */
    private GoTime in(GoTime t, String zone) {
        if (zone.equals("Local")) {
            GoZone tz = localZone();
            return tz != null ? t.in(tz) : t.in(clock.getZone());
        }
        if (zone.isEmpty() || zone.equals("UTC")) {
            return t.in(ZoneOffset.UTC);
        }
        java.util.Optional<GoZone> tz = load(zone);
        if (tz.isPresent()) {
            return t.in(tz.get());
        }
        if (!GoZone.hasDatabase(env) && TzNames.IDS.contains(zone)) {
            return t.in(ZoneId.of(zone));
        }
        return t.in(ZoneOffset.UTC);
    }

    /** The clock's zone as the tz database's file of that name has it (Go's Local), or null (UTC, or no file). */
    private GoZone localZone() {
        if (clock.equals(Clock.systemUTC())) {
            // Go's initLocal, once per function map ("\0" cannot start a zone name)
            return zones.computeIfAbsent("\0Local", n -> java.util.Optional.ofNullable(GoZone.local(env))).orElse(null);
        }
        ZoneId local = clock.getZone();
        if (local instanceof ZoneOffset || local.getId().equals("UTC")) {
            return null;
        }
        return load(local.getId()).orElse(null);
    }

    private java.util.Optional<GoZone> load(String name) {
        return zones.computeIfAbsent(name, n -> java.util.Optional.ofNullable(GoZone.load(n, env)));
    }

    /** The tz database's zone names (java.time's region IDs without the SystemV ones Go's tzdata lacks). */
    private static final class TzNames {
        static final java.util.Set<String> IDS = java.util.Set.copyOf(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> !id.startsWith("SystemV/")).toList());
    }

    private static GoTime dateModify(String fmt, GoTime date, boolean must) {
        Long d;
        try {
            d = Durations.parse(fmt);
        } catch (IllegalArgumentException e) {
            if (must) {
                throw e;
            }
            return date;
        }
        return date.plus(d);
    }

    private String ago(Object date) {
        // Sprig's dateAgo takes the same arguments as the date functions
        return Durations.format(Durations.round(since(toTime(date)), 1_000_000_000L));
    }

    /** time.Since: the minimum or maximum Duration when the difference is beyond 292 years. */
    private long since(GoTime t) {
        return now().minus(t);
    }

    private static String duration(Object sec) {
        long n = switch (sec) {
            case String s -> parseInt64(s);
            case Long l -> l;
            case null, default -> 0;
        };
        return Durations.format(n * 1_000_000_000L);
    }

    /**
     * {@code n, _ := strconv.ParseInt(s, 10, 64)}: 0 for a syntax error, the int64 bound a too large number
     * saturates to.
     */
    private static long parseInt64(String s) {
        int from = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (s.length() == from) {
            return 0;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return 0; // Go's digits are ASCII only; Java's parseLong takes any Unicode digit
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private String durationRound(Object duration) {
        long d = switch (duration) {
            case String s -> {
                try {
                    yield Durations.parse(s);
                } catch (IllegalArgumentException e) {
                    yield 0;
                }
            }
            case Long l -> l;
            case GoTime t -> since(t);
            case io.helm4j.yaml.GoTimeValue t -> since(fromValue(t));
            case null, default -> 0;
        };
        long u = Math.abs(d);
        long second = 1_000_000_000L;
        long minute = 60 * second;
        long hour = 60 * minute;
        long day = 24 * hour;
        long month = 30 * day;
        long year = 365 * day;
        if (Long.compareUnsigned(u, year) > 0) {
            return Long.toUnsignedString(Long.divideUnsigned(u, year)) + "y";
        } else if (u > month) {
            return u / month + "mo";
        } else if (u > day) {
            return u / day + "d";
        } else if (u > hour) {
            return u / hour + "h";
        } else if (u > minute) {
            return u / minute + "m";
        } else if (u > second) {
            return u / second + "s";
        }
        return "0s";
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "now" -> {
                return now();
            }
            case "date" -> {
                return dateInZone(str(a[0]), a[1], "Local");
            }
            case "dateInZone" -> {
                return dateInZone(str(a[0]), a[1], str(a[2]));
            }
            case "date_in_zone" -> {
                return dateInZone(str(a[0]), a[1], str(a[2]));
            }
            case "htmlDate" -> {
                return dateInZone("2006-01-02", a[0], "Local");
            }
            case "htmlDateInZone" -> {
                return dateInZone("2006-01-02", a[0], str(a[1]));
            }
            case "dateModify" -> {
                return dateModify(str(a[0]), time(a[1]), false);
            }
            case "date_modify" -> {
                return dateModify(str(a[0]), time(a[1]), false);
            }
            case "mustDateModify" -> {
                return dateModify(str(a[0]), time(a[1]), true);
            }
            case "must_date_modify" -> {
                return dateModify(str(a[0]), time(a[1]), true);
            }
            case "ago" -> {
                return ago(a[0]);
            }
            case "duration" -> {
                return duration(a[0]);
            }
            case "durationRound" -> {
                return durationRound(a[0]);
            }
            case "toDate" -> {
                String layout = str(a[0]);
                String value = str(a[1]);
                try {
                    return GoTimeParser.parse(layout, value, clock.getZone(), localZone());
                } catch (GoTimeParser.ParseException e) {
                    return GoTime.zero();
                }
            }
            case "mustToDate" -> {
                return GoTimeParser.parse(str(a[0]), str(a[1]), clock.getZone(), localZone());
            }
            case "unixEpoch" -> {
                return Long.toString(time(a[0]).unixSec());
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
