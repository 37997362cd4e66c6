package io.helm4j.internal.engine.funcs;

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
 * A Go {@code time.Time}: an instant plus a location. {@code zoneName} overrides the abbreviation
 * ("" for a fabricated zone that has only an offset, as after parsing "-0700").
 */
record GoTime(Instant instant, ZoneId zone, String zoneName) implements GoObject, GoTimeValue {
    private static final Set<String> METHODS = Set.of("Unix", "UnixNano", "UnixMilli", "Year", "Month", "Day",
            "Hour", "Minute", "Second", "Nanosecond", "YearDay", "Weekday", "Format", "UTC", "Local", "String",
            "IsZero", "Add");

    /** Go's zero time, January 1, year 1, 00:00:00 UTC. */
    static GoTime zero() {
        return new GoTime(Instant.parse("0001-01-01T00:00:00Z"), ZoneOffset.UTC, null);
    }

    ZonedDateTime dateTime() {
        return instant.atZone(zone);
    }

    int offsetSeconds() {
        return dateTime().getOffset().getTotalSeconds();
    }

    /** The zone abbreviation Go prints for {@code MST}. */
    String abbreviation() {
        if (zoneName != null) {
            return zoneName;
        }
        if (zone.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")) {
            return "UTC";
        }
        String n = DateTimeFormatter.ofPattern("zzz", Locale.US).format(dateTime());
        if (n.startsWith("GMT") && n.length() > 3 || n.startsWith("UTC") && n.length() > 3) {
            return "";
        }
        return n;
    }

    GoTime in(ZoneId z) {
        return new GoTime(instant, z, null);
    }

    String format(String layout) {
        return GoTimeFormat.format(this, layout);
    }

    @Override
    public String goTypeName() {
        return "time.Time";
    }

    @Override
    public boolean hasMethod(String name) {
        return METHODS.contains(name);
    }

    @Override
    public Object callMethod(String name, List<Object> args) {
        ZonedDateTime t = dateTime();
        return switch (name) {
            case "Unix" -> instant.getEpochSecond();
            case "UnixNano" -> instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
            case "UnixMilli" -> instant.toEpochMilli();
            case "Year" -> t.getYear();
            case "Month" -> t.getMonthValue();
            case "Day" -> t.getDayOfMonth();
            case "Hour" -> t.getHour();
            case "Minute" -> t.getMinute();
            case "Second" -> t.getSecond();
            case "Nanosecond" -> t.getNano();
            case "YearDay" -> t.getDayOfYear();
            case "Weekday" -> GoTimeFormat.LONG_DAYS.get(t.getDayOfWeek().getValue() % 7);
            case "Format" -> format(Args.str(args.getFirst()));
            case "UTC" -> in(ZoneOffset.UTC);
            case "Local" -> this;
            case "String" -> formatValue();
            case "IsZero" -> instant.equals(zero().instant);
            case "Add" -> new GoTime(instant.plusNanos(Args.int64(args.getFirst())), zone, zoneName);
            default -> throw new IllegalStateException("can't evaluate method " + name);
        };
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
