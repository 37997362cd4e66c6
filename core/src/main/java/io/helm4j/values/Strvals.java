package io.helm4j.values;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.helm4j.values.StrvalsParser.Mode;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import io.helm4j.values.StrvalsParser.ParseError;

/**
 * The {@code --set} family, as Helm's pkg/strvals: {@code a.b=1,c[0]=x,d={e,f}}. Each method parses one
 * expression and writes into a map (existing keys are overwritten). Errors are {@link ValuesException}s
 * with Helm's bare message ({@code key "x" has no value}); callers add the flag context.
 */
public final class Strvals {
    private Strvals() {
    }

    /** {@code --set}: integers become Long, true/false Boolean, null null, anything else String. */
    public static Map<String, Object> parse(String s) {
        Map<String, Object> out = new LinkedHashMap<>();
        parseInto(s, out);
        return out;
    }

    /** {@code --set} into an existing map. */
    public static void parseInto(String s, Map<String, Object> dest) {
        run(new StrvalsParser(s, dest, Mode.TYPED, null));
    }

    /** {@code --set-string}: every value is a String. */
    public static Map<String, Object> parseString(String s) {
        Map<String, Object> out = new LinkedHashMap<>();
        parseIntoString(s, out);
        return out;
    }

    /** {@code --set-string} into an existing map. */
    public static void parseIntoString(String s, Map<String, Object> dest) {
        run(new StrvalsParser(s, dest, Mode.STRING, null));
    }

    /** {@code --set-file}: each value is a path whose content (as a String) becomes the value. */
    public static void parseIntoFile(String s, Map<String, Object> dest, ValueSource source) {
        StrvalsParser.RuneReader reader = path -> {
            try {
                return new String(source.read(path), StandardCharsets.UTF_8);
            } catch (ValuesException e) {
                throw new ParseError(e.getMessage(), false);
            }
        };
        run(new StrvalsParser(s, dest, Mode.FILE, reader));
    }

    /** {@code --set-json} in its {@code key=JSON} form: each value is one JSON value (an empty one is null). */
    public static void parseJson(String s, Map<String, Object> dest) {
        run(new StrvalsParser(s, dest, Mode.JSON, null));
    }

    /** {@code --set-literal}: the value is everything after the first '=', as written. */
    public static Map<String, Object> parseLiteral(String s) {
        Map<String, Object> out = new LinkedHashMap<>();
        parseLiteralInto(s, out);
        return out;
    }

    /** {@code --set-literal} into an existing map. */
    public static void parseLiteralInto(String s, Map<String, Object> dest) {
        run(new StrvalsParser(s, dest, Mode.LITERAL, null));
    }

    /** json.Unmarshal of a whole JSON text into interface{} (numbers are Double). */
    static Object unmarshalJson(String text) {
        try {
            return GoYaml.fromJson(text);
        } catch (YamlException e) {
            throw new ValuesException(e.getMessage());
        }
    }

    private static void run(StrvalsParser p) {
        try {
            p.parse();
        } catch (ParseError e) {
            throw new ValuesException(e.getMessage());
        } catch (StackOverflowError e) {
            // only list indexes nest without Helm's limit of 30 levels ([0][0][0]...)
            throw new ValuesException("value name nested level is too deep to parse");
        }
    }
}
