package io.helm4j.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random templates over random data (seeded, bounded in count and time): parsing and execution either
 * succeed or fail with a {@link TemplateException}, never with another exception or error.
 */
class RandomTemplateTest {
    private static final long SEED = Long.getLong("gotemplate.seed", 20261125L);
    private static final int MAX_CASES = 5000;
    private static final long MAX_MILLIS = 6000;

    private static final String[] OPERANDS = {
        ".", ".a", ".b", ".a.b", ".c.a", "$", "$.a", "$x", "$x.a", "nil", "true", "false", "0", "1", "-1", "3",
        "1.5", "0x10", "1e3", "'a'", "\"s\"", "\"\"", "`r`", "\"%d\"", "\"%v %s\"", "(len .a)", "(index .l 0)",
        ".l", ".m", ".f", ".o.Name", ".o.Greet \"x\"", ".o.Nope",
    };
    private static final String[] FUNCS = {
        "and", "or", "not", "len", "index", "slice", "call", "html", "js", "urlquery", "print", "printf", "println",
        "eq", "ne", "lt", "le", "gt", "ge", "up", "fail", "argh",
    };
    private static final String[] JUNK = {
        "{{", "}}", "{{-", "-}}", "(", ")", "|", ":=", "=", ",", "@", "\"", "'", "`", "/*", "*/", "$", ".", "..",
        "else", "end", "if", "range", "with", "define", "template", "block", "break", "continue", "\n", " ",
    };

    @Test
    void randomTemplatesFailOnlyWithTemplateExceptions() {
        Random rnd = new Random(SEED);
        FuncMap funcs = new FuncMap()
                .put("up", 1, a -> String.valueOf(a[0]).toUpperCase())
                .put("fail", 0, a -> {
                    throw new IllegalStateException("failed");
                })
                .putVariadic("argh", 0, a -> {
                    throw new FunctionArgumentException("wrong type for value; expected string; got int");
                });
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        int parsed = 0;
        int executed = 0;
        int cases = 0;
        for (; cases < MAX_CASES && System.currentTimeMillis() < deadline; cases++) {
            String text = rnd.nextInt(4) == 0 ? junk(rnd) : mutate(rnd, template(rnd, 3));
            Object data = rnd.nextInt(10) == 0 ? null : data(rnd, 3);
            MissingKey mk = MissingKey.values()[rnd.nextInt(3)];
            Template t = Template.create("t").funcs(funcs).option(mk);
            try {
                t.parse(text);
                parsed++;
                t.execute(data, new StringBuilder());
                executed++;
            } catch (TemplateException expected) {
                assertThat(expected.getMessage()).as(text).startsWith("template: ");
            } catch (Throwable unexpected) {
                throw new AssertionError("template " + text + " with data " + data + " failed with " + unexpected,
                        unexpected);
            }
        }
        assertThat(cases).isGreaterThan(500);
        assertThat(parsed).isGreaterThan(cases / 10);
        assertThat(executed).isGreaterThan(cases / 20);
    }

    private static String junk(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            String[] pool = rnd.nextBoolean() ? JUNK : rnd.nextBoolean() ? OPERANDS : FUNCS;
            sb.append(pool[rnd.nextInt(pool.length)]).append(rnd.nextInt(3) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    private static String mutate(Random rnd, String text) {
        if (text.isEmpty() || rnd.nextInt(3) != 0) {
            return text;
        }
        int at = rnd.nextInt(text.length());
        return switch (rnd.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + JUNK[rnd.nextInt(JUNK.length)] + text.substring(at);
            default -> text.substring(0, at) + text.charAt(at) + text.substring(at);
        };
    }

    private static String pipeline(Random rnd, int depth) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(6) == 0) {
            sb.append("$x := ");
        }
        int stages = 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
        for (int s = 0; s < stages; s++) {
            if (s > 0) {
                sb.append(" | ");
            }
            if (rnd.nextBoolean() || s > 0) {
                sb.append(FUNCS[rnd.nextInt(FUNCS.length)]);
                int args = rnd.nextInt(4);
                for (int i = 0; i < args; i++) {
                    sb.append(' ').append(depth > 0 && rnd.nextInt(5) == 0
                            ? "(" + pipeline(rnd, depth - 1) + ")" : OPERANDS[rnd.nextInt(OPERANDS.length)]);
                }
            } else {
                sb.append(OPERANDS[rnd.nextInt(OPERANDS.length)]);
            }
        }
        return sb.toString();
    }

    private static String template(Random rnd, int depth) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            int kind = depth > 0 ? rnd.nextInt(9) : rnd.nextInt(2);
            String trimL = rnd.nextInt(4) == 0 ? "- " : "";
            String trimR = rnd.nextInt(4) == 0 ? " -" : "";
            switch (kind) {
                case 0 -> sb.append(rnd.nextBoolean() ? "text " : "\n  ");
                case 1 -> sb.append("{{").append(trimL).append(pipeline(rnd, 2)).append(trimR).append("}}");
                case 2 -> sb.append("{{ if ").append(pipeline(rnd, 1)).append(" }}").append(template(rnd, depth - 1))
                        .append(rnd.nextBoolean() ? "{{ else }}" + template(rnd, depth - 1) : "").append("{{ end }}");
                case 3 -> sb.append("{{ range ").append(rnd.nextBoolean() ? "$i, $e := " : "")
                        .append(OPERANDS[rnd.nextInt(OPERANDS.length)]).append(" }}")
                        .append(template(rnd, depth - 1)).append(rnd.nextInt(4) == 0 ? "{{ break }}" : "")
                        .append(rnd.nextInt(4) == 0 ? "{{ continue }}" : "").append("{{ else }}x{{ end }}");
                case 4 -> sb.append("{{ with ").append(pipeline(rnd, 1)).append(" }}").append(template(rnd, depth - 1))
                        .append("{{ end }}");
                case 5 -> sb.append("{{ define \"d\" }}").append(template(rnd, depth - 1)).append("{{ end }}");
                case 6 -> sb.append("{{ template \"d\" ").append(OPERANDS[rnd.nextInt(OPERANDS.length)]).append(" }}");
                case 7 -> sb.append("{{ $x := ").append(OPERANDS[rnd.nextInt(OPERANDS.length)]).append(" }}");
                default -> sb.append("{{/* c */}}");
            }
        }
        return sb.toString();
    }

    private static Object data(Random rnd, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : new String[] {"a", "b", "c", "l", "m", "f", "o"}) {
            if (rnd.nextInt(4) != 0) {
                m.put(k, value(rnd, depth, k));
            }
        }
        return m;
    }

    private static Object value(Random rnd, int depth, String key) {
        if (key.equals("f")) {
            return (TemplateFunction) a -> a.length;
        }
        if (key.equals("o")) {
            return new Obj();
        }
        int kind = depth > 0 ? rnd.nextInt(11) : rnd.nextInt(7);
        return switch (kind) {
            case 10 -> switch (rnd.nextInt(6)) {
                case 0 -> 1.5f;
                case 1 -> (short) 2;
                case 2 -> 'c';
                case 3 -> new Object[] {"x", 1};
                case 4 -> java.util.Set.of("s");
                default -> new StringBuilder("sb");
            };
            case 0 -> null;
            case 1 -> rnd.nextInt(5) - 1;
            case 2 -> (long) rnd.nextInt(5);
            case 3 -> rnd.nextInt(3) + 0.5;
            case 4 -> rnd.nextBoolean() ? "s" : "";
            case 5 -> rnd.nextBoolean();
            case 6 -> new byte[] {1, 2};
            case 7 -> {
                List<Object> l = new ArrayList<>();
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    l.add(value(rnd, depth - 1, ""));
                }
                yield rnd.nextBoolean() ? l : Arrays.asList(l.toArray());
            }
            default -> data(rnd, depth - 1);
        };
    }

    private static final class Obj implements GoObject {
        @Override
        public String goTypeName() {
            return "*test.Obj";
        }

        @Override
        public boolean hasMethod(String name) {
            return name.equals("Greet");
        }

        @Override
        public Object callMethod(String name, List<Object> args) {
            if (args.size() != 1) {
                throw new FunctionArgumentException("wrong number of args for Greet: want 1 got " + args.size());
            }
            return "hi " + args.get(0);
        }

        @Override
        public boolean hasField(String name) {
            return name.equals("Name");
        }

        @Override
        public Object field(String name) {
            return "obj";
        }
    }
}
