package io.helm4j.gotemplate;

/** Go's {@code missingkey} option: what a missing map key evaluates to. */
public enum MissingKey {
    /** {@code missingkey=default} (also {@code invalid}): prints {@code <no value>}. */
    DEFAULT,
    /** {@code missingkey=zero}: the zero value of the map's element type (nil for interface maps). */
    ZERO,
    /** {@code missingkey=error}: execution stops with an error. */
    ERROR
}
