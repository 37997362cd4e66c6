package io.helm4j.release;

import io.helm4j.yaml.GoYaml;
import java.util.Base64;

/** Writes one JSON object's fields in order, each value already Go's encoding. */
final class JsonFields {
    private final StringBuilder b;
    private boolean first = true;

    JsonFields(StringBuilder b) {
        this.b = b;
        b.append('{');
    }

    /** Starts a field and returns the builder to write its value into. */
    StringBuilder name(String name) {
        if (!first) {
            b.append(',');
        }
        first = false;
        return b.append('"').append(name).append("\":");
    }

    JsonFields string(String name, String value) {
        name(name).append(GoYaml.toJson(value == null ? "" : value));
        return this;
    }

    JsonFields stringOmitEmpty(String name, String value) {
        return value == null || value.isEmpty() ? this : string(name, value);
    }

    JsonFields intOmitEmpty(String name, int value) {
        if (value != 0) {
            name(name).append(value);
        }
        return this;
    }

    /** Go's []byte: base64, or null when nil. */
    JsonFields bytes(String name, byte[] value) {
        StringBuilder out = name(name);
        if (value == null) {
            out.append("null");
        } else {
            out.append('"').append(Base64.getEncoder().encodeToString(value)).append('"');
        }
        return this;
    }

    /** Any JSON-shaped value, as json.Marshal writes it (map keys sorted). */
    JsonFields value(String name, Object value) {
        name(name).append(GoYaml.toJson(value));
        return this;
    }

    void end() {
        b.append('}');
    }
}
