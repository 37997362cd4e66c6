package io.helm4j.gotemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Map keys in the order Go's {@code fmtsort} gives them: strings and numbers ascending. */
final class MapKeys {
    private static final Comparator<Object> ORDER = (a, b) -> {
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

    private MapKeys() {
    }

    static List<Object> sorted(Map<?, ?> map) {
        List<Object> keys = new ArrayList<>(map.keySet());
        keys.sort(ORDER);
        return keys;
    }
}
