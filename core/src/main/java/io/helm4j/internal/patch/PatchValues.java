package io.helm4j.internal.patch;

import io.helm4j.yaml.GoFloat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Go's view of JSON values in apimachinery: their types, {@code reflect.DeepEqual}, {@code %v}, scalar lists. */
final class PatchValues {
    static final String DIRECTIVE = "$patch";
    static final String RETAIN_KEYS = "$retainKeys";
    static final String DELETE_PRIMITIVES = "$deleteFromPrimitiveList";
    static final String SET_ORDER = "$setElementOrder";

    /** The Go types a decoded JSON value can have (integers are int64, other numbers float64). */
    enum Type { MAP, LIST, STRING, INT, FLOAT, BOOL, NULL }

    private PatchValues() {
    }

    static Type type(Object v) {
        return switch (v) {
            case null -> Type.NULL;
            case Map<?, ?> m -> Type.MAP;
            case List<?> l -> Type.LIST;
            case String s -> Type.STRING;
            case Long l -> Type.INT;
            case Integer i -> Type.INT;
            case Number n -> Type.FLOAT;
            case Boolean b -> Type.BOOL;
            default -> throw new PatchException("unsupported value in a patch: " + v.getClass().getSimpleName());
        };
    }

    /** {@code reflect.DeepEqual} of two decoded values: numbers equal only within one Go type. */
    static boolean deepEqual(Object a, Object b) {
        Type t = type(a);
        if (t != type(b)) {
            return false;
        }
        return switch (t) {
            case MAP -> {
                Map<?, ?> x = (Map<?, ?>) a;
                Map<?, ?> y = (Map<?, ?>) b;
                if (x.size() != y.size()) {
                    yield false;
                }
                for (Map.Entry<?, ?> e : x.entrySet()) {
                    if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) {
                        yield false;
                    }
                }
                yield true;
            }
            case LIST -> {
                List<?> x = (List<?>) a;
                List<?> y = (List<?>) b;
                if (x.size() != y.size()) {
                    yield false;
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!deepEqual(x.get(i), y.get(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case INT -> ((Number) a).longValue() == ((Number) b).longValue();
            case FLOAT -> ((Number) a).doubleValue() == ((Number) b).doubleValue();
            default -> Objects.equals(a, b);
        };
    }

    /** Go's {@code ==} on two interface values holding scalars (a merge key's value, a list element). */
    static boolean goEquals(Object a, Object b) {
        return type(a) == type(b) && (type(a) == Type.MAP || type(a) == Type.LIST ? a == b : deepEqual(a, b));
    }

    /** {@code fmt.Sprintf("%v", v)} of a scalar, which the patch code sorts and compares by. */
    static String str(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case Double d -> GoFloat.formatG(d);
            case Float f -> GoFloat.formatG(f);
            default -> String.valueOf(v);
        };
    }

    /** The scalars sorted by their {@code %v} strings (a new list). */
    static List<Object> sortScalars(List<?> list) {
        List<Object> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(PatchValues::str));
        return out;
    }

    /** The scalars without repeats, the first of each kept in place (a new list). */
    static List<Object> dedupe(List<?> list) {
        List<Object> out = new ArrayList<>();
        for (Object v : list) {
            if (out.stream().noneMatch(x -> goEquals(x, v))) {
                out.add(v);
            }
        }
        return out;
    }

    /** The one element type of some lists; an error when they mix types or hold lists; NULL when all are empty. */
    static Type elementType(List<?>... lists) {
        Type found = null;
        for (List<?> l : lists) {
            for (Object v : l) {
                Type t = type(v);
                if (found == null) {
                    if (t == Type.LIST) {
                        throw new PatchException("lists of lists are not supported");
                    }
                    found = t;
                } else if (found != t) {
                    throw new PatchException("list element types are not identical: " + List.of(lists));
                }
            }
        }
        return found == null ? Type.NULL : found;
    }

    /** The merge key's value of a list element, or an error naming the element and the key. */
    static Object mergeKeyValue(Object element, String mergeKey) {
        if (!(element instanceof Map<?, ?> m)) {
            throw new PatchException("expected a map, but received a " + type(element).name().toLowerCase());
        }
        if (!m.containsKey(mergeKey)) {
            throw new PatchException("map: " + m + " does not contain declared merge key: " + mergeKey);
        }
        return m.get(mergeKey);
    }

    /** The index of {@code value} in {@code list} (by merge key for maps), or -1. */
    static int index(List<?> list, Object value, String mergeKey, Type kind) {
        Object key = kind == Type.MAP ? keyOrNull(value, mergeKey) : value;
        for (int i = 0; i < list.size(); i++) {
            Object other = kind == Type.MAP ? keyOrNull(list.get(i), mergeKey) : list.get(i);
            if (goEquals(key, other)) {
                return i;
            }
        }
        return -1;
    }

    private static Object keyOrNull(Object element, String mergeKey) {
        return element instanceof Map<?, ?> m ? m.get(mergeKey) : null;
    }

    static boolean isDeleteDirective(Object element) {
        return element instanceof Map<?, ?> m && "delete".equals(m.get(DIRECTIVE));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object v) {
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object v) {
        return (List<Object>) v;
    }
}
