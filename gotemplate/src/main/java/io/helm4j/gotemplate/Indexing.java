package io.helm4j.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Go's {@code len}, {@code index} and {@code slice} builtins over the value model. */
final class Indexing {
    private Indexing() {
    }

    static int len(Object item) {
        if (item == Values.MISSING) {
            throw new CallError("reflect: call of reflect.Value.Type on zero Value");
        }
        if (item == null) {
            throw new CallError("len of nil pointer");
        }
        if (item instanceof String s) {
            return utf8Length(s);
        }
        if (item instanceof Map<?, ?> m) {
            return m.size();
        }
        if (item instanceof List<?> l) {
            return l.size();
        }
        if (item instanceof byte[] b) {
            return b.length;
        }
        if (item instanceof Object[] a) {
            return a.length;
        }
        throw new CallError("len of type " + Values.typeName(item));
    }

    static int utf8Length(String s) {
        return io.helm4j.gostd.GoStrings.len(s);
    }

    static Object index(Object item, List<Object> indexes) {
        if (item == null || item == Values.MISSING) {
            throw new CallError("index of untyped nil");
        }
        for (Object idx : indexes) {
            if (item == null || item == Values.MISSING) {
                throw new CallError("index of nil pointer");
            }
            if (item instanceof List<?> l) {
                int x = indexArg(idx, l.size());
                if (x == l.size()) {
                    throw new CallError("reflect: slice index out of range");
                }
                item = l.get(x);
            } else if (item instanceof String s) {
                byte[] b = io.helm4j.gostd.GoStrings.bytes(s);
                int x = indexArg(idx, b.length);
                if (x == b.length) {
                    throw new CallError("reflect: string index out of range");
                }
                item = GoInteger.uint8(b[x]);
            } else if (item instanceof byte[] b) {
                int x = indexArg(idx, b.length);
                if (x == b.length) {
                    throw new CallError("reflect: slice index out of range");
                }
                item = GoInteger.uint8(b[x]);
            } else if (item instanceof Object[] a) {
                int x = indexArg(idx, a.length);
                if (x == a.length) {
                    throw new CallError("reflect: slice index out of range");
                }
                item = a[x];
            } else if (item instanceof Map<?, ?> m) {
                if (idx == null || idx == Values.MISSING) {
                    throw new CallError("value is nil; should be of type string");
                }
                if (!(idx instanceof String)) {
                    throw new CallError("value has type " + Values.typeName(idx) + "; should be string");
                }
                Object value = m.get(idx);
                item = value == null && !m.containsKey(idx) && m instanceof GoTyped t ? t.zeroElement() : value;
            } else {
                throw new CallError("can't index item of type " + Values.typeName(item));
            }
        }
        return item;
    }

    private static int indexArg(Object index, int cap) {
        long x;
        if (Values.isInt(index)) {
            x = Values.toLong(index);
        } else if (index == null || index == Values.MISSING) {
            throw new CallError("cannot index slice/array with nil");
        } else {
            throw new CallError("cannot index slice/array with type " + Values.typeName(index));
        }
        if (x < 0 || x > cap) {
            throw new CallError("index out of range: " + x);
        }
        return (int) x;
    }

    static Object slice(Object item, List<Object> indexes) {
        if (item == null || item == Values.MISSING) {
            throw new CallError("slice of untyped nil");
        }
        if (indexes.size() > 3) {
            throw new CallError("too many slice indexes: " + indexes.size());
        }
        int len;
        byte[] bytes = null;
        if (item instanceof String s) {
            if (indexes.size() == 3) {
                throw new CallError("cannot 3-index slice a string");
            }
            bytes = io.helm4j.gostd.GoStrings.bytes(s);
            len = bytes.length;
        } else if (item instanceof List<?> l) {
            len = l.size();
        } else if (item instanceof byte[] b) {
            len = b.length;
        } else if (item instanceof Object[] a) {
            len = a.length;
        } else {
            throw new CallError("can't slice item of type " + Values.typeName(item));
        }
        int[] idx = {0, len, len};
        for (int i = 0; i < indexes.size(); i++) {
            idx[i] = indexArg(indexes.get(i), len);
        }
        if (idx[0] > idx[1]) {
            throw new CallError("invalid slice index: " + idx[0] + " > " + idx[1]);
        }
        if (indexes.size() == 3 && idx[1] > idx[2]) {
            throw new CallError("invalid slice index: " + idx[1] + " > " + idx[2]);
        }
        if (bytes != null) {
            return io.helm4j.gostd.GoStrings.string(bytes, idx[0], idx[1] - idx[0]);
        }
        if (item instanceof List<?> l) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(l.subList(idx[0], idx[1])));
        }
        if (item instanceof byte[] b) {
            return Arrays.copyOfRange(b, idx[0], idx[1]);
        }
        return Arrays.copyOfRange((Object[]) item, idx[0], idx[1]);
    }
}
