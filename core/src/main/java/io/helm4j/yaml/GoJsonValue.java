package io.helm4j.yaml;

/**
 * A Go value that templates can serialize (a struct such as {@code .Capabilities}): what encoding/json
 * makes of it, as maps, lists and scalars. A struct is a {@link Struct}, whose fields keep their declaration
 * order in JSON (a map's keys are sorted).
 */
public interface GoJsonValue {
    /** The value as encoding/json sees it: field names or JSON tags as keys, omitempty applied. */
    Object jsonValue();

    /** A Go struct's fields, in declaration order. */
    final class Struct extends java.util.LinkedHashMap<String, Object> {
        /** Adds a field; returns this. */
        public Struct field(String name, Object value) {
            put(name, value);
            return this;
        }

        /** Adds a field with {@code omitempty}: left out when it is the empty string. */
        public Struct omitEmpty(String name, String value) {
            if (value != null && !value.isEmpty()) {
                put(name, value);
            }
            return this;
        }
    }
}
