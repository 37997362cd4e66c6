package io.helm4j.kube.status;

import io.helm4j.kube.Resource;
import java.util.List;
import java.util.Map;

/** kstatus's field readers ({@code GetIntField}, {@code GetStringField}) and condition lookups over a {@link Resource}. */
final class Fields {
    private Fields() {
    }

    static long integer(Resource r, long dflt, String... path) {
        return r.at(path) instanceof Number n ? n.longValue() : dflt;
    }

    static String string(Resource r, String dflt, String... path) {
        return r.at(path) instanceof String s ? s : dflt;
    }

    static boolean present(Resource r, String... path) {
        return r.at(path) instanceof Number;
    }

    /** The conditions of {@code status.conditions}, in order; malformed entries are skipped. */
    static List<Condition> conditions(Resource r) {
        if (!(r.at("status", "conditions") instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(c -> c instanceof Map<?, ?>).map(c -> Condition.of((Map<?, ?>) c)).toList();
    }

    static Condition condition(Resource r, String type) {
        return conditions(r).stream().filter(c -> c.type().equals(type)).findFirst().orElse(null);
    }

    /** One entry of {@code status.conditions}. */
    record Condition(String type, String status, String reason, String message) {
        static Condition of(Map<?, ?> m) {
            return new Condition(str(m.get("type")), str(m.get("status")), str(m.get("reason")), str(m.get("message")));
        }

        private static String str(Object o) {
            return o instanceof String s ? s : "";
        }

        boolean is(String type, String status) {
            return this.type.equals(type) && this.status.equals(status);
        }
    }
}
