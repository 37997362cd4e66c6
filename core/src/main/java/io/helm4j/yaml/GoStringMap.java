package io.helm4j.yaml;

import io.helm4j.gotemplate.GoTyped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Go {@code map[string]string} in the template value model (Sprig's {@code split} and {@code splitn}, a chart's
 * {@code .Chart.Annotations}): {@code %T}, {@code typeOf} and argument type checks see its Go type, a missing key
 * reads as the empty string, and {@code deepCopy} keeps the type.
 */
public final class GoStringMap extends LinkedHashMap<String, Object> implements GoTyped {
    public GoStringMap() {
    }

    public GoStringMap(Map<String, String> entries) {
        super(entries);
    }

    @Override
    public String goTypeName() {
        return "map[string]string";
    }

    @Override
    public Object zeroElement() {
        return "";
    }
}
