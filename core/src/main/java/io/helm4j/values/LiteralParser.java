package io.helm4j.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.helm4j.values.StrvalsParser.ParseError;

/**
 * Helm's {@code --set-literal} parser (pkg/strvals/literal_parser.go): the name is dotted and indexed as
 * for {@code --set}, but has no escapes, and the value is everything after the first '=', unparsed.
 */
final class LiteralParser {
    private final int[] sc;
    private int pos;
    private final Map<String, Object> data;

    LiteralParser(String s, Map<String, Object> data) {
        this.sc = s.codePoints().toArray();
        this.data = data;
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

    private record Until(String text, int last, boolean eof) {
    }

    private Until runesUntil(String stop) {
        int start = pos;
        while (pos < sc.length) {
            int r = sc[pos++];
            if (stop.indexOf(r) >= 0) {
                return new Until(new String(sc, start, pos - 1 - start), r, false);
            }
        }
        return new Until(new String(sc, start, pos - start), -1, true);
    }

    private void key(Map<String, Object> data, int nestedNameLevel) throws ParseError {
        Until u = runesUntil("=[.");
        String key = u.text();
        if (u.eof()) {
            if (key.isEmpty()) {
                throw ParseError.eof();
            }
            throw new ParseError("key " + GoText.quote(key) + " has no value", false);
        }
        switch (u.last()) {
            case '=' -> StrvalsParser.set(data, key, rest());
            case '.' -> {
                nestedNameLevel++;
                if (nestedNameLevel > StrvalsParser.MAX_NESTED_NAME_LEVEL) {
                    throw new ParseError("value name nested level is greater than maximum supported nested level of "
                            + StrvalsParser.MAX_NESTED_NAME_LEVEL, false);
                }
                Map<String, Object> inner = data.containsKey(key) ? StrvalsParser.asMap(data.get(key))
                        : new LinkedHashMap<>();
                ParseError err = null;
                try {
                    key(inner, nestedNameLevel);
                } catch (ParseError e) {
                    err = e;
                }
                if (err == null && inner.isEmpty()) {
                    throw new ParseError("key map " + GoText.quote(key) + " has no value", false);
                }
                if (!inner.isEmpty()) {
                    StrvalsParser.set(data, key, inner);
                }
                if (err != null) {
                    throw err;
                }
            }
            default -> { // '['
                int i;
                try {
                    i = keyIndex();
                } catch (ParseError e) {
                    throw e.wrap("error parsing index: ");
                }
                List<Object> list = data.containsKey(key) ? StrvalsParser.asList(data.get(key)) : new ArrayList<>();
                try {
                    list = listItem(list, i, nestedNameLevel);
                } catch (ParseError e) {
                    StrvalsParser.set(data, key, list);
                    throw e;
                }
                StrvalsParser.set(data, key, list);
            }
        }
    }

    private String rest() {
        String v = new String(sc, pos, sc.length - pos);
        pos = sc.length;
        return v;
    }

    private int keyIndex() throws ParseError {
        Until u = runesUntil("]");
        if (u.eof()) {
            throw ParseError.eof();
        }
        return StrvalsParser.atoi(u.text());
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
                return StrvalsParser.setIndex(list, i, rest());
            }
            case '.' -> {
                Map<String, Object> inner = new LinkedHashMap<>();
                if (list.size() > i) {
                    if (list.get(i) instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> mm = (Map<String, Object>) m;
                        inner = mm;
                    }
                }
                key(inner, nestedNameLevel);
                return StrvalsParser.setIndex(list, i, inner);
            }
            default -> {
                int nextI;
                try {
                    nextI = keyIndex();
                } catch (ParseError e) {
                    throw e.wrap("error parsing index: ");
                }
                List<Object> crt = new ArrayList<>();
                if (list.size() > i && list.get(i) != null) {
                    crt = StrvalsParser.asList(list.get(i));
                }
                return StrvalsParser.setIndex(list, i, listItem(crt, nextI, nestedNameLevel));
            }
        }
    }
}
