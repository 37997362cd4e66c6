package io.helm4j.yaml;

/**
 * A Go {@code time.Time} among template values. The writers render it as Go's encoders do: a JSON
 * string and a go-yaml v2 string (through JSON), a bare TOML datetime, a plain go-yaml v3 timestamp;
 * each in Go's RFC 3339 form with nanoseconds ({@code time.RFC3339Nano}).
 */
public interface GoTimeValue {
    /** {@code t.Format(time.RFC3339Nano)}. */
    String rfc3339Nano();
}
