package io.helm4j.yaml;

import io.helm4j.gotemplate.GoObject;

/**
 * A TOML date-time as BurntSushi/toml gives it: a Go {@code time.Time}. Local date-times, dates and
 * times carry the decoder's zones of offset zero ({@code datetime-local}, {@code date-local},
 * {@code time-local}); a local time is on January 1 of year 0.
 *
 * @param date    yyyy-mm-dd
 * @param time    hh:mm:ss
 * @param nanos   the fraction of a second as written, up to nine digits, without its dot ("" for none)
 * @param offset  "Z" or ±hh:mm
 * @param zone    the zone's name, as Go's {@code time.Time.String} prints it ("" for a fixed offset)
 */
record GoTomlTime(String date, String time, String nanos, String offset, String zone) implements GoTimeValue, GoObject {

    static GoTomlTime of(String date, String time, String fraction, String offset) {
        String zone;
        if (offset != null) {
            offset = offset.equalsIgnoreCase("z") || offset.equals("+00:00") || offset.equals("-00:00") ? "Z" : offset;
            zone = offset.equals("Z") ? "UTC" : "";
        } else {
            zone = date == null ? "time-local" : time == null ? "date-local" : "datetime-local";
            offset = "Z";
        }
        String t = time == null ? "00:00:00" : time.length() == 5 ? time + ":00" : time;
        String n = fraction == null ? "" : fraction.substring(1, Math.min(fraction.length(), 10));
        while (n.endsWith("0")) {
            n = n.substring(0, n.length() - 1);
        }
        return new GoTomlTime(date == null ? "0000-01-01" : date, t, n, offset, zone);
    }

    @Override
    public String localLocation() {
        return zone.endsWith("-local") ? zone : null;
    }

    @Override
    public String rfc3339Nano() {
        return date + "T" + time + (nanos.isEmpty() ? "" : "." + nanos) + offset;
    }

    @Override
    public String goTypeName() {
        return "time.Time";
    }

    /** Go's {@code time.Time.String}: {@code 2006-01-02 15:04:05.999999999 -0700 MST}. */
    @Override
    public String formatValue() {
        String numeric = offset.equals("Z") ? "+0000" : offset.replace(":", "");
        return date + " " + time + (nanos.isEmpty() ? "" : "." + nanos) + " " + numeric + " "
                + (zone.isEmpty() ? numeric : zone);
    }
}
