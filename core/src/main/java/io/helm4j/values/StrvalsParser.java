package io.helm4j.values;

import io.helm4j.gostd.Strconv;
import io.helm4j.gostd.Unicode;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's strvals parsers ({@code --set}, {@code --set-string}, {@code --set-file}, {@code --set-json}):
 * {@code name1=value1,name2=value2} with dotted names, list indexes {@code a[0]}, escapes with backslash
 * and {@code {a,b}} lists. Behaves as Helm's pkg/strvals/parser.go, error messages included. In
 * {@link Mode#LITERAL} it is Helm's {@code --set-literal} parser (pkg/strvals/literal_parser.go): the same
 * dotted and indexed names, without escapes or commas, and the value is the rest of the input, as written.
 */
final class StrvalsParser {
    /** Largest list index accepted. */
    static final int MAX_INDEX = 65536;
    /** Deepest dotted name accepted. */
    static final int MAX_NESTED_NAME_LEVEL = 30;

    /** How a value's text becomes a value; LITERAL also changes how names are read (no escapes, no commas). */
    enum Mode { TYPED, STRING, FILE, JSON, LITERAL }

    /** Reads a value for {@code --set-file}: given the text after '=', returns the value. */
    @FunctionalInterface
    interface RuneReader {
        Object read(String text) throws ParseError;
    }

    /** A parse failure; {@code eof} marks errors that wrap io.EOF, which end a parse silently. */
    static final class ParseError extends Exception {
        final boolean eof;

        ParseError(String message, boolean eof) {
            super(message, null, false, false);
            this.eof = eof;
        }

        static ParseError eof() {
            return new ParseError("EOF", true);
        }

        ParseError wrap(String prefix) {
            return new ParseError(prefix + getMessage(), eof);
        }
    }

    private static final ParseError NOT_LIST = new ParseError("not a list", false);

    private final int[] sc;
    private int pos;
    private final Map<String, Object> data;
    private final Mode mode;
    private final RuneReader reader;

    StrvalsParser(String s, Map<String, Object> data, Mode mode, RuneReader fileReader) {
        this.sc = s.codePoints().toArray();
        this.data = data;
        this.mode = mode;
        this.reader = switch (mode) {
            case TYPED -> text -> typedVal(text, false);
            case STRING -> text -> text;
            case FILE -> fileReader;
            case JSON, LITERAL -> null;
        };
    }

    void parse() throws ParseError {
        while (true) {
            try {
                key(data, 0);
            } catch (ParseError e) {
                if (e.eof) {
                    return;
                }
                throw e;
            }
        }
    }

    /**
     * The runes up to a stop rune (consumed), with backslash escapes unless LITERAL; stop is -1 at end of
     * input.
     */
    private record Until(String text, int last, boolean eof) {
    }

    private Until runesUntil(String stop) {
        StringBuilder v = new StringBuilder();
        while (true) {
            if (pos >= sc.length) {
                return new Until(v.toString(), -1, true);
            }
            int r = sc[pos++];
            if (stop.indexOf(r) >= 0) {
                return new Until(v.toString(), r, false);
            }
            if (r == '\\' && mode != Mode.LITERAL) {
                if (pos >= sc.length) {
                    return new Until(v.toString(), -1, true);
                }
                v.appendCodePoint(sc[pos++]);
            } else {
                v.appendCodePoint(r);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void key(Map<String, Object> data, int nestedNameLevel) throws ParseError {
        Until u = runesUntil(mode == Mode.LITERAL ? "=[." : "=[,.");
        String k = u.text();
        if (u.eof()) {
            if (k.isEmpty()) {
                throw ParseError.eof();
            }
            throw new ParseError("key " + Strconv.quote(k) + " has no value", false);
        }
        switch (u.last()) {
            case '[' -> {
                int i = indexAfterBracket();
                List<Object> list = data.containsKey(k) ? asList(data.get(k)) : new ArrayList<>();
                try {
                    list = listItem(list, i, nestedNameLevel);
                } catch (ParseError e) {
                    set(data, k, list);
                    throw e;
                }
                set(data, k, list);
            }
            case '=' -> {
                if (mode == Mode.LITERAL) {
                    set(data, k, rest());
                    return;
                }
                if (mode == Mode.JSON) {
                    set(data, k, jsonValue());
                    return;
                }
                try {
                    set(data, k, valList());
                } catch (ParseError e) {
                    if (e.eof) {
                        set(data, k, "");
                        throw e;
                    }
                    if (e != NOT_LIST) {
                        throw e;
                    }
                    String rs = val();
                    set(data, k, reader.read(rs));
                }
            }
            case ',' -> {
                set(data, k, "");
                throw new ParseError("key " + Strconv.quote(k) + " has no value (cannot end with ,)", false);
            }
            default -> { // '.'
                nestedNameLevel++;
                if (nestedNameLevel > MAX_NESTED_NAME_LEVEL) {
                    throw new ParseError("value name nested level is greater than maximum supported nested level of "
                            + MAX_NESTED_NAME_LEVEL, false);
                }
                Map<String, Object> inner = data.containsKey(k) ? asMap(data.get(k)) : new LinkedHashMap<>();
                ParseError err = null;
                try {
                    key(inner, nestedNameLevel);
                } catch (ParseError e) {
                    err = e;
                }
                if (err == null && inner.isEmpty()) {
                    throw new ParseError("key map " + Strconv.quote(k) + " has no value", false);
                }
                if (!inner.isEmpty()) {
                    set(data, k, inner);
                }
                if (err != null) {
                    throw err;
                }
            }
        }
    }

    /** A --set-literal value: the rest of the input, unparsed. */
    private String rest() {
        String v = new String(sc, pos, sc.length - pos);
        pos = sc.length;
        return v;
    }

    /** A --set-json value after '=': empty means null, else one JSON value, then blanks and a comma. */
    private Object jsonValue() throws ParseError {
        if (emptyVal()) {
            return null;
        }
        String rest = new String(sc, pos, sc.length - pos);
        GoYaml.JsonPrefix d;
        try {
            d = GoYaml.fromJsonPrefix(rest);
        } catch (YamlException e) {
            throw new ParseError(e.getMessage(), false);
        }
        pos += rest.codePointCount(0, d.end());
        emptyVal();
        return d.value();
    }

    static Map<String, Object> asMap(Object v) throws ParseError {
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) m;
            return r;
        }
        throw conversion(v, "map[string]interface {}");
    }

    static List<Object> asList(Object v) throws ParseError {
        if (v instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> r = (List<Object>) l;
            return r;
        }
        throw conversion(v, "[]interface {}");
    }

    private static ParseError conversion(Object v, String want) {
        return new ParseError("unable to parse key: interface conversion: interface {} is " + GoText.typeName(v)
                + ", not " + want, false);
    }

    static void set(Map<String, Object> data, String key, Object val) {
        if (!key.isEmpty()) {
            data.put(key, val);
        }
    }

    static List<Object> setIndex(List<Object> list, int index, Object val) throws ParseError {
        if (index < 0) {
            throw new ParseError("negative " + index + " index not allowed", false);
        }
        if (index > MAX_INDEX) {
            throw new ParseError("index of " + index + " is greater than maximum supported index of " + MAX_INDEX,
                    false);
        }
        List<Object> out = new ArrayList<>(Math.max(list.size(), index + 1));
        out.addAll(list);
        while (out.size() <= index) {
            out.add(null);
        }
        out.set(index, val);
        return out;
    }

    /** The list index after a '[', its errors prefixed as Helm's callers of keyIndex prefix them. */
    private int indexAfterBracket() throws ParseError {
        try {
            return keyIndex();
        } catch (ParseError e) {
            throw e.wrap("error parsing index: ");
        }
    }

    private int keyIndex() throws ParseError {
        Until u = runesUntil("]");
        if (u.eof()) {
            throw ParseError.eof();
        }
        return atoi(u.text());
    }

    /** Go's strconv.Atoi, with its error text. */
    static int atoi(String s) throws ParseError {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ParseError("strconv.Atoi: parsing " + Strconv.quote(s) + ": invalid syntax", false);
        }
        try {
            long v = Long.parseLong(s);
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                // Go's int is 64 bits: keep the number but it will be over MaxIndex or negative anyway
                return v > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new ParseError("strconv.Atoi: parsing " + Strconv.quote(s) + ": value out of range", false);
        }
    }

    private List<Object> listItem(List<Object> list, int i, int nestedNameLevel) throws ParseError {
        if (i < 0) {
            throw new ParseError("negative " + i + " index not allowed", false);
        }
        Until u = runesUntil("[.=");
        if (!u.text().isEmpty()) {
            int[] k = u.text().codePoints().toArray();
            throw new ParseError("unexpected data at end of array index: " + GoText.quoteRunes(k, 0, k.length), false);
        }
        if (u.eof()) {
            throw ParseError.eof();
        }
        switch (u.last()) {
            case '=' -> {
                if (mode == Mode.LITERAL) {
                    return setIndex(list, i, rest());
                }
                if (mode == Mode.JSON) {
                    return setIndex(list, i, jsonValue());
                }
                try {
                    return setIndex(list, i, valList());
                } catch (ParseError e) {
                    if (e.eof) {
                        return setIndex(list, i, "");
                    }
                    if (e != NOT_LIST) {
                        throw e;
                    }
                    String rs = val();
                    return setIndex(list, i, reader.read(rs));
                }
            }
            case '[' -> {
                int nextI = indexAfterBracket();
                List<Object> crt = new ArrayList<>();
                if (list.size() > i && list.get(i) != null) {
                    crt = asList(list.get(i));
                }
                List<Object> list2 = listItem(crt, nextI, nestedNameLevel);
                return setIndex(list, i, list2);
            }
            default -> { // '.'
                Map<String, Object> inner = new LinkedHashMap<>();
                if (list.size() > i) {
                    if (list.get(i) instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> mm = (Map<String, Object>) m;
                        inner = mm;
                    }
                }
                key(inner, nestedNameLevel);
                return setIndex(list, i, inner);
            }
        }
    }

    /** Consumes blanks up to a comma (consumed) or the end: true; any other rune is left: false. */
    private boolean emptyVal() {
        while (true) {
            if (pos >= sc.length) {
                return true;
            }
            int r = sc[pos++];
            if (r == ',') {
                return true;
            }
            if (!Unicode.isSpace(r)) {
                pos--;
                return false;
            }
        }
    }

    private String val() {
        return runesUntil(",").text();
    }

    private List<Object> valList() throws ParseError {
        if (pos >= sc.length) {
            throw ParseError.eof();
        }
        if (sc[pos] != '{') {
            throw NOT_LIST;
        }
        pos++;
        List<Object> list = new ArrayList<>();
        while (true) {
            Until u = runesUntil(",}");
            if (u.eof()) {
                throw new ParseError("list must terminate with '}'", false);
            }
            if (u.last() == '}') {
                if (pos < sc.length && sc[pos] == ',') {
                    pos++;
                }
                list.add(reader.read(u.text()));
                return list;
            }
            list.add(reader.read(u.text()));
        }
    }

    /** Helm's typedVal: true/false/null (any case), int64 when it reads as one without a leading 0, else string. */
    static Object typedVal(String val, boolean forceString) {
        if (forceString) {
            return val;
        }
        if (val.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (val.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        if (val.equalsIgnoreCase("null")) {
            return null;
        }
        if (val.equals("0")) {
            return 0L;
        }
        if (!val.isEmpty() && val.charAt(0) != '0' && isGoInt(val)) {
            try {
                return Long.parseLong(val);
            } catch (NumberFormatException e) {
                return val;
            }
        }
        return val;
    }

    private static boolean isGoInt(String s) {
        int start = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
