package io.helm4j.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test: printf/print/println calls whose output was recorded from the reference Helm
 * (src/test/oracle/gen-gofmt-expected.py). Each call's arguments are rebuilt here as the Java
 * values the template engine would pass, from the same template syntax.
 */
class GoFmtOracleTest {
    /** The chart's values.yaml as Helm reads it (numbers are float64). */
    private static final Map<String, Object> VALUES = map(
        "f", 1.5, "i", 3.0, "big", 1000000.0, "s", "hello world",
        "m", map("b", 2.0, "a", "x"),
        "l", Arrays.asList(1.0, "x", null, 2.5),
        "nested", map("list", List.of(map("k", "v")), "num", 0.25),
        "empty", map(),
        "nulls", Arrays.asList((Object) null));
    private static final Map<String, byte[]> FILES = Map.of("hello.txt", "hé!".getBytes(StandardCharsets.UTF_8));

    static Stream<Arguments> cases() throws IOException {
        String text;
        try (InputStream in = GoFmtOracleTest.class.getResourceAsStream("gofmt-oracle.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = new ArrayList<>();
        String call = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("=> ")) {
                cases.add(Arguments.of(call, unquoteJson(line.substring(3))));
            } else {
                call = line;
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesReferenceHelm(String call, String expected) {
        assertThat(run(call)).isEqualTo(expected);
    }

    private static String run(String call) {
        CallParser parser = new CallParser(call);
        String function = parser.word();
        List<Object> args = new ArrayList<>();
        while (!parser.atEnd()) {
            args.add(parser.operand());
        }
        Object[] a = args.toArray();
        return switch (function) {
            case "printf" -> GoFmt.sprintf((String) a[0], Arrays.copyOfRange(a, 1, a.length));
            case "print" -> GoFmt.sprint(a);
            case "println" -> GoFmt.sprintln(a);
            default -> throw new IllegalArgumentException(function);
        };
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The template syntax of the cases: literals, .Values.X, and (function args...). */
    private static final class CallParser {
        private final String s;
        private int i;

        CallParser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            skipSpaces();
            return i >= s.length() || s.charAt(i) == ')';
        }

        private void skipSpaces() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }

        String word() {
            skipSpaces();
            int start = i;
            while (i < s.length() && " ()".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return s.substring(start, i);
        }

        Object operand() {
            skipSpaces();
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                String function = word();
                List<Object> args = new ArrayList<>();
                while (!atEnd()) {
                    args.add(operand());
                }
                i++;
                return apply(function, args);
            }
            if (c == '"') {
                return goString();
            }
            String w = word();
            if (w.startsWith(".Values.")) {
                return VALUES.get(w.substring(".Values.".length()));
            }
            return switch (w) {
                case "nil" -> null;
                case "true" -> true;
                case "false" -> false;
                default -> number(w);
            };
        }

        private static Object number(String w) {
            if (w.startsWith("0x")) {
                return Integer.parseInt(w.substring(2), 16);
            }
            if (w.contains(".") || w.contains("e")) {
                return Double.parseDouble(w);
            }
            long n = Long.parseLong(w);
            return n == (int) n ? (Object) (int) n : (Object) n;
        }

        private static Object apply(String function, List<Object> args) {
            return switch (function) {
                case "int64" -> ((Number) args.get(0)).longValue();
                case "int" -> ((Number) args.get(0)).intValue();
                case "float64" -> args.get(0) instanceof String str ? parseGoFloat(str) : ((Number) args.get(0)).doubleValue();
                // Sprig: add and div give int64, len and atoi give int, splitList, keys and sortAlpha give []string.
                case "add" -> ((Number) args.get(0)).longValue() + ((Number) args.get(1)).longValue();
                case "div" -> ((Number) args.get(0)).longValue() / ((Number) args.get(1)).longValue();
                case "len" -> ((String) args.get(0)).length();
                case "atoi" -> Integer.parseInt((String) args.get(0));
                case "splitList" -> List.of(((String) args.get(1)).split(java.util.regex.Pattern.quote((String) args.get(0))));
                case "keys" -> new ArrayList<>(((Map<?, ?>) args.get(0)).keySet());
                case "sortAlpha" -> ((List<?>) args.get(0)).stream().map(String::valueOf).sorted().toList();
                case "list" -> new ArrayList<>(args);
                case "dict" -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int k = 0; k < args.size(); k += 2) {
                        m.put((String) args.get(k), args.get(k + 1));
                    }
                    yield m;
                }
                case ".Files.GetBytes" -> FILES.get((String) args.get(0)).clone();
                default -> throw new IllegalArgumentException(function);
            };
        }

        private static double parseGoFloat(String str) {
            return switch (str) {
                case "NaN" -> Double.NaN;
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(str);
            };
        }

        private String goString() {
            StringBuilder out = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'a' -> out.append((char) 7);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'v' -> out.append((char) 11);
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case 'x' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                        i += 2;
                    }
                    default -> out.append(e);
                }
            }
            i++;
            return out.toString();
        }
    }

    private static String unquoteJson(String q) {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k < q.length() - 1; k++) {
            char c = q.charAt(k);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = q.charAt(++k);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(q.substring(k + 1, k + 5), 16));
                    k += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
