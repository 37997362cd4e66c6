package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoTyped;
import java.util.LinkedHashMap;

/**
 * A Go {@code map[string]string} (Sprig's {@code split} and {@code splitn}): {@code %T}, {@code typeOf} and
 * argument type checks see its Go type, and a missing key reads as the empty string.
 */
final class StringMap extends LinkedHashMap<String, Object> implements GoTyped {
    @Override
    public String goTypeName() {
        return "map[string]string";
    }

    @Override
    public Object zeroElement() {
        return "";
    }
}
