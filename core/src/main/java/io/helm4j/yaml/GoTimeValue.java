package io.helm4j.yaml;

/**
 * A Go {@code time.Time} among template values. The writers render it as Go's encoders do: a JSON
 * string and a go-yaml v2 string (through JSON), a bare TOML datetime, a plain go-yaml v3 timestamp;
 * each in Go's RFC 3339 form with nanoseconds ({@code time.RFC3339Nano}).
 */
public interface GoTimeValue {
    /** {@code t.Format(time.RFC3339Nano)}. */
    String rfc3339Nano();

    /**
     * The name of a location of its own, which the RFC 3339 text does not carry: BurntSushi's
     * {@code datetime-local}, {@code date-local}, {@code time-local} (offset zero); null otherwise.
     */
    default String localLocation() {
        return null;
    }

    /**
     * {@code t.MarshalJSON()}: the quoted RFC 3339 text, refused (with Go's message) for a year that is not
     * four digits wide, which dateModify can reach ({@code -0292}, {@code 10291}), or an offset of 24 hours or more
     * (toDate's {@code +2400}).
     */
    default String jsonText() {
        String s = rfc3339Nano();
        if (s.length() < 5 || s.charAt(4) != '-') {
            throw new YamlException("json: error calling MarshalJSON for type time.Time: "
                    + "Time.MarshalJSON: year outside of range [0,9999]", -1);
        }
        if (!s.endsWith("Z")) {
            char c = s.charAt(s.length() - 6);
            int hour = (s.charAt(s.length() - 5) - '0') * 10 + (s.charAt(s.length() - 4) - '0');
            if (c >= '0' && c <= '9' || hour >= 24) {
                throw new YamlException("json: error calling MarshalJSON for type time.Time: "
                        + "Time.MarshalJSON: timezone hour outside of range [0,23]", -1);
            }
        }
        return s;
    }
}
