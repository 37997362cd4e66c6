package io.helm4j.yaml;

import io.helm4j.yaml.GoTomlLexer.Token;
import io.helm4j.yaml.GoTomlLexer.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BurntSushi/toml v1.6.0's Unmarshal into map[string]interface{}, as Helm's {@code fromToml} runs it: tables
 * become maps, arrays lists, integers Long (int64), floats Double, date-times {@link GoTomlTime}. Parses the
 * tokens of {@link GoTomlLexer} with BurntSushi's bookkeeping, which decides the duplicate-key errors: the
 * current context (the table a header opened, extended by dotted keys and inline tables), the implicit tables
 * (made by {@code a.b} in a header or a dotted key, which one later definition may claim), and which keys hold
 * arrays. Errors read as BurntSushi's: {@code toml: line 1 (last key "a"): unexpected EOF; expected value},
 * the line and the last key being where its parser stood; {@link GoTomlValues} converts the scalars.
 */
final class GoTomlReader {
    /** An array of tables ({@code [[a]]}), which a later {@code [[a]]} extends; a static array never is. */
    @SuppressWarnings("serial")
    static final class TableArray extends ArrayList<Object> {
    }

    private final List<Token> tokens;
    private int at;
    private final Map<String, Object> mapping = new LinkedHashMap<>();
    private final Set<String> implicits = new HashSet<>();
    /** Keys (as {@link #keyString}) whose value is an array. */
    private final Set<String> arrays = new HashSet<>();
    private List<String> context = List.of();
    private String currentKey = "";
    /** The line of the last key or table name read: where a duplicate key is reported. */
    private int line = 1;

    private GoTomlReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Map<String, Object> read(String toml) {
        String data = toml;
        if (data.startsWith("\uDCFF\uDCFE") || data.startsWith("\uDCFE\uDCFF")) {
            data = data.substring(2); // a UTF-16 byte order mark, as bytes
        } else if (data.startsWith("\uFEFF")) {
            data = data.substring(1);
        }
        int bytes = 0;
        for (int i = 0; i < data.length() && bytes < 6; i++) {
            char c = data.charAt(i);
            if (c == 0) {
                throw new YamlException("toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML"
                        + " files must be UTF-8", 1);
            }
            bytes += c < 0x80 || c >= 0xDC80 && c <= 0xDCFF ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        GoTomlReader p = new GoTomlReader(GoTomlLexer.lex(data));
        while (true) {
            Token t = p.next();
            if (t.type() == Type.EOF) {
                return p.mapping;
            }
            p.topLevel(t);
        }
    }

    // ---- tokens and errors ----

    private Token next() {
        Token t = tokens.get(at++);
        if (t.type() == Type.ERROR) {
            throw error(t.line(), t.val());
        }
        return t;
    }

    private Token nextPos() {
        Token t = next();
        line = t.line();
        return t;
    }

    YamlException error(int errorLine, String message) {
        String last = current();
        return new YamlException(last.isEmpty() ? "toml: line " + errorLine + ": " + message
                : "toml: line " + errorLine + " (last key " + GoSyntax.quote(last) + "): " + message, errorLine);
    }

    /** An error at the last key or table name read (BurntSushi's panicf). */
    private YamlException error(String message) {
        return error(line, message);
    }

    /** The full name of the current key, as BurntSushi's errors show it. */
    private String current() {
        if (currentKey.isEmpty()) {
            return keyString(context);
        }
        return context.isEmpty() ? currentKey : keyString(context) + "." + currentKey;
    }

    /** A key as BurntSushi's Key.String writes it: parts that are not bare quoted. */
    static String keyString(List<String> key) {
        StringBuilder b = new StringBuilder();
        for (String k : key) {
            if (!b.isEmpty()) {
                b.append('.');
            }
            b.append(GoToml.quoteKey(k));
        }
        return b.toString();
    }

    /** Go's %q of a rune, as the lexer's errors print it; the end of the input is the NUL rune. */
    static String quoteRune(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoSyntax.quote(new String(Character.toChars(c)));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    // ---- the document ----

    private void topLevel(Token t) {
        switch (t.type()) {
            case COMMENT_START -> next();
            case TABLE_START, ARRAY_TABLE_START -> {
                boolean array = t.type() == Type.ARRAY_TABLE_START;
                Type end = array ? Type.ARRAY_TABLE_END : Type.TABLE_END;
                List<String> key = new ArrayList<>();
                for (Token name = nextPos(); name.type() != end && name.type() != Type.EOF; name = next()) {
                    key.add(keyPart(name));
                }
                addContext(key, array);
                setType("", false);
            }
            case KEY_START -> {
                List<String> outer = context;
                List<String> key = keyParts();
                currentKey = key.get(key.size() - 1);
                for (String part : key.subList(0, key.size() - 1)) {
                    addImplicitContext(with(context, part));
                }
                Token v = next();
                Object value = value(v, false);
                setValue(currentKey, value);
                setType(currentKey, isArray(value));
                context = outer;
                currentKey = "";
            }
            default -> throw new IllegalStateException("BUG: unexpected TOML token at top level: " + t);
        }
    }

    /** The parts of a key, up to its KEY_END. */
    private List<String> keyParts() {
        List<String> key = new ArrayList<>();
        for (Token k = nextPos(); k.type() != Type.KEY_END && k.type() != Type.EOF; k = next()) {
            key.add(keyPart(k));
        }
        return key;
    }

    private String keyPart(Token t) {
        return t.type() == Type.TEXT ? t.val() : (String) GoTomlValues.string(this, t);
    }

    private Object value(Token t, boolean parentIsArray) {
        return switch (t.type()) {
            case ARRAY -> array();
            case INLINE_START -> inlineTable(parentIsArray);
            default -> GoTomlValues.scalar(this, t);
        };
    }

    private List<Object> array() {
        setType(currentKey, true);
        List<Object> array = new ArrayList<>();
        for (Token t = next(); t.type() != Type.ARRAY_END; t = next()) {
            if (t.type() == Type.COMMENT_START) {
                next();
                continue;
            }
            array.add(value(t, true));
        }
        return array;
    }

    private Map<String, Object> inlineTable(boolean parentIsArray) {
        Map<String, Object> top = new LinkedHashMap<>();
        List<String> outer = context;
        String outerKey = currentKey;
        context = with(context, currentKey);
        List<String> prev = context;
        currentKey = "";
        implicits.add(keyString(context));
        addContext(context, parentIsArray);
        for (Token t = next(); t.type() != Type.INLINE_END; t = next()) {
            if (t.type() == Type.COMMENT_START) {
                next();
                continue;
            }
            List<String> key = keyParts();
            currentKey = key.get(key.size() - 1);
            List<String> parents = key.subList(0, key.size() - 1);
            for (String part : parents) {
                addImplicitContext(with(context, part));
            }
            Object v = value(next(), false);
            setValue(currentKey, v);
            setType(currentKey, isArray(v));
            Map<String, Object> hash = top;
            for (String c : parents) {
                Object h = hash.computeIfAbsent(c, x -> new LinkedHashMap<String, Object>());
                if (!(h instanceof Map<?, ?>)) {
                    throw error(goQuoted(context) + " is not a table");
                }
                hash = cast(h);
            }
            hash.put(currentKey, v);
            context = prev;
        }
        context = outer;
        currentKey = outerKey;
        return top;
    }

    /** Go's %q of a Key (a []string): {@code ["a" "b"]}. */
    private static String goQuoted(List<String> key) {
        List<String> q = new ArrayList<>();
        key.forEach(k -> q.add(GoSyntax.quote(k)));
        return "[" + String.join(" ", q) + "]";
    }

    // ---- BurntSushi's bookkeeping of tables ----

    /** Makes {@code key} the current table (a new element when {@code array}), creating implicit parents. */
    private void addContext(List<String> key, boolean array) {
        Map<String, Object> hash = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String k : key.subList(0, key.size() - 1)) {
            keyContext.add(k);
            if (!hash.containsKey(k)) {
                implicits.add(keyString(keyContext));
                hash.put(k, new LinkedHashMap<String, Object>());
            }
            hash = descend(hash.get(k), "Key '" + keyString(keyContext) + "' was already created as a hash.");
        }
        context = keyContext;
        String last = key.get(key.size() - 1);
        if (array) {
            hash.putIfAbsent(last, new TableArray());
            if (hash.get(last) instanceof TableArray t) {
                t.add(new LinkedHashMap<String, Object>());
            } else {
                throw error("Key '" + keyString(key) + "' was already created and cannot be used as an array.");
            }
        } else {
            setValue(last, new LinkedHashMap<String, Object>());
        }
        context = with(context, last);
    }

    private void addImplicitContext(List<String> key) {
        implicits.add(keyString(key));
        addContext(key, false);
    }

    /** Sets {@code key} in the current table; a key set before is an error unless it was implicit. */
    private void setValue(String key, Object value) {
        Map<String, Object> hash = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String k : context) {
            keyContext.add(k);
            hash = descend(hash.get(k), "Key '" + keyString(keyContext) + "' has already been defined.");
        }
        keyContext.add(key);
        String name = keyString(keyContext);
        if (hash.containsKey(key)) {
            if (arrays.contains(name)) {
                if (!implicits.contains(name)) {
                    throw error("Key '" + name + "' has already been defined.");
                }
                implicits.remove(name);
                hash.put(key, value);
                return;
            }
            if (implicits.remove(name)) {
                return;
            }
            throw error("Key '" + name + "' has already been defined.");
        }
        hash.put(key, value);
    }

    /** Records whether the key (the current table for "") now holds an array: BurntSushi's type table, of which only arrays matter. */
    private void setType(String key, boolean array) {
        List<String> k = key.isEmpty() ? context : with(context, key);
        String name = k.isEmpty() ? "\"\"" : keyString(k);
        if (array) {
            arrays.add(name);
        } else {
            arrays.remove(name);
        }
    }

    private static boolean isArray(Object value) {
        return value instanceof List<?> && !(value instanceof TableArray);
    }

    private Map<String, Object> descend(Object v, String message) {
        if (v instanceof TableArray t) {
            return cast(t.get(t.size() - 1));
        }
        if (v instanceof Map<?, ?> m) {
            return cast(m);
        }
        throw error(message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object m) {
        return (Map<String, Object>) m;
    }

    private static List<String> with(List<String> key, String part) {
        List<String> k = new ArrayList<>(key);
        k.add(part);
        return k;
    }
}
