package io.helm4j.gotemplate;

import static io.helm4j.gotemplate.Render.map;
import static io.helm4j.gotemplate.Render.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecTest {

    @Test
    void missingKeyDefaultPrintsNoValue() {
        assertThat(render("{{ .a }}", map())).isEqualTo("<no value>");
        assertThat(render("{{ .a.b }}", map())).isEqualTo("<no value>");
    }

    @Test
    void missingKeyZeroGivesNilWhichFailsOnFurtherFields() {
        assertThat(render("{{ .a }}", map(), MissingKey.ZERO)).isEqualTo("<no value>");
        assertThatThrownBy(() -> render("{{ .a.b }}", map(), MissingKey.ZERO))
                .hasMessage("template: t:1:5: executing \"t\" at <.a.b>: nil pointer evaluating interface {}.b");
    }

    @Test
    void missingKeyErrorNamesTheKey() {
        assertThatThrownBy(() -> render("{{ .a }}", map("b", 1), MissingKey.ERROR))
                .isInstanceOf(TemplateExecException.class)
                .hasMessage("template: t:1:3: executing \"t\" at <.a>: map has no entry for key \"a\"");
        assertThatThrownBy(() -> render("{{ .a }}", null, MissingKey.ERROR))
                .hasMessage("template: t:1:3: executing \"t\" at <.a>: nil data; no entry for key \"a\"");
    }

    @Test
    void execExceptionCarriesStructuredFields() {
        TemplateExecException e = (TemplateExecException) org.assertj.core.api.Assertions.catchThrowable(
                () -> render("x\n  {{ len 3 }}", null));
        assertThat(e.parseName()).isEqualTo("t");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.executingName()).isEqualTo("t");
        assertThat(e.node()).isEqualTo("len 3");
        assertThat(e.detail()).isEqualTo("error calling len: len of type int");
    }

    @Test
    void columnsCountUtf8Bytes() {
        assertThatThrownBy(() -> render("é{{ len 3 }}", null)).hasMessageStartingWith("template: t:1:5:");
    }

    @Test
    void functionsAreCheckedForArity() {
        FuncMap f = new FuncMap().put("one", 1, a -> a[0]).putVariadic("many", 1, a -> a.length);
        assertThat(render("{{ one 5 }}{{ many 1 2 3 }}{{ 7 | one }}", null, MissingKey.DEFAULT, f)).isEqualTo("537");
        assertThatThrownBy(() -> render("{{ one }}", null, MissingKey.DEFAULT, f))
                .hasMessage("template: t:1:3: executing \"t\" at <one>: wrong number of args for one: want 1 got 0");
        assertThatThrownBy(() -> render("{{ one 1 2 }}", null, MissingKey.DEFAULT, f))
                .hasMessage("template: t:1:3: executing \"t\" at <one>: wrong number of args for one: want 1 got 2");
        assertThatThrownBy(() -> render("{{ many }}", null, MissingKey.DEFAULT, f)).hasMessage(
                "template: t:1:3: executing \"t\" at <many>: wrong number of args for many: want at least 1 got 0");
    }

    @Test
    void functionErrorsAreWrappedAndKeepTheCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        FuncMap f = new FuncMap().put("fail", 0, a -> {
            throw boom;
        }).put("typed", 1, a -> {
            throw new FunctionArgumentException("wrong type for value; expected string; got int");
        });
        assertThatThrownBy(() -> render("{{ fail }}", null, MissingKey.DEFAULT, f))
                .hasMessage("template: t:1:3: executing \"t\" at <fail>: error calling fail: boom").hasCause(boom);
        assertThatThrownBy(() -> render("{{ typed 3 }}", null, MissingKey.DEFAULT, f)).hasMessage(
                "template: t:1:9: executing \"t\" at <3>: wrong type for value; expected string; got int");
    }

    @Test
    void functionsReceiveNilForMissingValues() {
        FuncMap f = new FuncMap().put("show", 1, a -> String.valueOf(a[0]));
        assertThat(render("{{ show .nope }}{{ .nope | show }}{{ show nil }}", map(), MissingKey.DEFAULT, f))
                .isEqualTo("nullnullnull");
    }

    @Test
    void funcMapOverridesBuiltins() {
        FuncMap f = new FuncMap().put("len", 1, a -> "mine");
        assertThat(render("{{ len 3 }}", null, MissingKey.DEFAULT, f)).isEqualTo("mine");
    }

    @Test
    void goObjectMethodsComeBeforeFieldsAndTakeArguments() {
        GoObject obj = new GoObject() {
            @Override
            public String goTypeName() {
                return "*x.T";
            }

            @Override
            public boolean hasMethod(String name) {
                return name.equals("Join") || name.equals("Name");
            }

            @Override
            public Object callMethod(String name, List<Object> args) {
                if (name.equals("Name")) {
                    return "method";
                }
                if (args.size() != 2) {
                    throw new FunctionArgumentException("wrong number of args for Join: want 2 got " + args.size());
                }
                return args.get(0) + "-" + args.get(1);
            }

            @Override
            public boolean hasField(String name) {
                return name.equals("Name") || name.equals("Sub");
            }

            @Override
            public Object field(String name) {
                return name.equals("Sub") ? map("k", "v") : "field";
            }
        };
        Object data = map("o", obj);
        assertThat(render("{{ .o.Name }} {{ .o.Join \"a\" \"b\" }} {{ \"z\" | .o.Join \"y\" }} {{ .o.Sub.k }}", data))
                .isEqualTo("method a-b y-z v");
        assertThatThrownBy(() -> render("{{ .o.Join 1 }}", data))
                .hasMessage("template: t:1:11: executing \"t\" at <1>: wrong number of args for Join: want 2 got 1");
        assertThatThrownBy(() -> render("{{ .o.Nope }}", data))
                .hasMessage("template: t:1:5: executing \"t\" at <.o.Nope>: can't evaluate field Nope in type interface {}");
        assertThatThrownBy(() -> render("{{ with .o }}{{ .Nope }}{{ end }}", data))
                .hasMessage("template: t:1:16: executing \"t\" at <.Nope>: can't evaluate field Nope in type *x.T");
    }

    @Test
    void goObjectsThatAreMapsHaveMethodsThenKeys() {
        class Files extends java.util.AbstractMap<String, Object> implements GoObject {
            @Override
            public java.util.Set<Entry<String, Object>> entrySet() {
                return java.util.Map.<String, Object>of("a.txt", "A").entrySet();
            }

            @Override
            public String goTypeName() {
                return "engine.files";
            }

            @Override
            public boolean hasMethod(String name) {
                return name.equals("Get");
            }

            @Override
            public Object callMethod(String name, List<Object> args) {
                return "got " + args.get(0);
            }
        }
        Object data = map("f", new Files());
        assertThat(render("{{ .f.Get \"x\" }}|{{ .f.nope }}|{{ range $k, $v := .f }}{{ $k }}={{ $v }}{{ end }}", data))
                .isEqualTo("got x|<no value>|a.txt=A");
    }

    @Test
    void nilGoObjectFieldsReadAsNoValue() {
        GoObject chart = new GoObject() {
            @Override
            public String goTypeName() {
                return "*chart.Metadata";
            }

            @Override
            public boolean hasField(String name) {
                return name.equals("Annotations");
            }

            @Override
            public Object field(String name) {
                return null;
            }
        };
        assertThat(render("{{ .c.Annotations.x }}", map("c", chart), MissingKey.ZERO)).isEqualTo("<no value>");
    }

    @Test
    void laterDefinitionsOverrideEarlierOnesButEmptyOnesDoNot() {
        Template set = Template.create("root");
        set.newTemplate("a").parse("{{ define \"x\" }}first{{ end }}");
        set.newTemplate("b").parse("{{ define \"x\" }}second{{ end }}");
        set.newTemplate("c").parse("{{ define \"x\" }}  {{ end }}");
        set.newTemplate("main").parse("{{ template \"x\" }}");
        StringBuilder out = new StringBuilder();
        set.executeTemplate("main", null, out);
        assertThat(out).hasToString("second");
        assertThat(set.templateNames()).contains("a", "b", "c", "main", "x");
    }

    @Test
    void cloneSetIsIndependent() {
        Template set = Template.create("root");
        set.newTemplate("x").parse("one");
        Template copy = set.cloneSet();
        copy.newTemplate("x").parse("two");
        copy.funcs(new FuncMap().put("f", 0, a -> "F"));
        StringBuilder a = new StringBuilder();
        set.executeTemplate("x", null, a);
        StringBuilder b = new StringBuilder();
        copy.executeTemplate("x", null, b);
        assertThat(a).hasToString("one");
        assertThat(b).hasToString("two");
        assertThatThrownBy(() -> set.newTemplate("y").parse("{{ f }}")).isInstanceOf(TemplateParseException.class);
    }

    @Test
    void functionsAddedToACloneReachTreesParsedBefore() {
        Template set = Template.create("root").funcs(new FuncMap().put("who", 0, a -> "parent"));
        set.newTemplate("x").parse("{{ who }}");
        Template copy = set.cloneSet().funcs(new FuncMap().put("who", 0, a -> "clone"));
        StringBuilder out = new StringBuilder();
        copy.executeTemplate("x", null, out);
        assertThat(out).hasToString("clone");
    }

    @Test
    void unknownAndEmptyTemplatesAreErrors() {
        Template set = Template.create("root");
        assertThatThrownBy(() -> set.execute(null, new StringBuilder())).isInstanceOf(TemplateException.class)
                .hasMessage("template: root: \"root\" is an incomplete or empty template");
        assertThatThrownBy(() -> set.executeTemplate("nope", null, new StringBuilder()))
                .hasMessage("template: no template \"nope\" associated with template \"root\"");
        assertThat(set.lookup("nope")).isNull();
    }

    @Test
    void errorsInDefinitionsNameTheExecutingTemplate() {
        assertThatThrownBy(() -> render("{{ define \"d\" }}\n {{ len 1 }}{{ end }}{{ template \"d\" }}", null))
                .hasMessage("template: t:2:4: executing \"d\" at <len 1>: error calling len: len of type int");
    }

    @Test
    void infiniteRecursionIsAnExecErrorNotAStackOverflow() {
        assertThatThrownBy(() -> render("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}", null))
                .isInstanceOf(TemplateExecException.class)
                .hasMessage("template: t:1:28: executing \"r\" at <{{template \"r\" .}}>: "
                        + "exceeded maximum template depth (100000)");
    }

    @Test
    void executionsStartedByFunctionsNestInTheirCallersExecution() {
        // a function that executes the template again as part of its caller: runaway nesting unwinds to the
        // outermost execution, which reports it once (without the caller, every level would wrap the message)
        Template t = Template.create("t");
        t.funcs(new FuncMap().putExecuting("again", "", (caller, a) -> {
            StringBuilder sb = new StringBuilder();
            t.execute(caller, null, sb);
            return sb.toString();
        })).parse("{{ again }}");
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> t.execute(null, new StringBuilder()));
        assertThat(e).isInstanceOf(TemplateExecException.class)
                .hasMessage("template: t:1:3: executing \"t\" at <again>: exceeded maximum template depth (100000)");
        int causes = 0;
        for (Throwable c = e; c != null; c = c.getCause()) {
            causes++;
        }
        assertThat(causes).isLessThan(3);
    }

    @Test
    void rangeOverNilElementsKeepsInterfaceSemantics() {
        Object data = map("l", Arrays.asList(1, null));
        assertThat(render("{{ range .l }}[{{ . }}]{{ end }}", data)).isEqualTo("[1][<no value>]");
        assertThatThrownBy(() -> render("{{ range .l }}{{ if not . }}{{ .x }}{{ end }}{{ end }}", data))
                .hasMessageEndingWith("nil pointer evaluating interface {}.x");
    }

    @Test
    void rangeOverIntegersAndLongs() {
        assertThat(render("{{ range 3 }}{{ . }}{{ end }}", null)).isEqualTo("012");
        assertThat(render("{{ range .n }}{{ . }}{{ end }}", map("n", 2L))).isEqualTo("01");
        assertThat(render("{{ range $i, $v := .m }}{{ $i }}{{ $v }}{{ end }}", map("m", map("b", 2, "a", 1))))
                .isEqualTo("a1b2");
    }

    @Test
    void variablesAssignAndScope() {
        assertThat(render("{{ $x := 1 }}{{ range .l }}{{ $x = . }}{{ end }}{{ $x }}", map("l", List.of(4, 5))))
                .isEqualTo("5");
        assertThatThrownBy(() -> render("{{ $x = 1 }}", null)).hasMessageEndingWith("undefined variable: $x");
    }

    @Test
    void andOrShortCircuit() {
        FuncMap f = new FuncMap().put("boom", 0, a -> {
            throw new IllegalStateException("evaluated");
        });
        assertThat(render("{{ and 0 boom }}{{ or 1 boom }}", null, MissingKey.DEFAULT, f)).isEqualTo("01");
    }

    @Test
    void callInvokesFunctionValues() {
        TemplateFunction add = a -> ((Integer) a[0]) + ((Integer) a[1]);
        assertThat(render("{{ call .f 2 3 }}", map("f", add))).isEqualTo("5");
        assertThatThrownBy(() -> render("{{ call .s }}", map("s", "x")))
                .hasMessageEndingWith("error calling call: non-function .s of type string");
    }

    @Test
    void comparisonsFollowGoKinds() {
        assertThat(render("{{ eq 1 1 }} {{ eq .l 2 }} {{ lt 1 2 }} {{ ge \"b\" \"a\" }}", map("l", 2L)))
                .isEqualTo("true true true true");
        assertThatThrownBy(() -> render("{{ eq .f 2 }}", map("f", 2.0)))
                .hasMessageEndingWith("error calling eq: incompatible types for comparison: float64 and int");
        assertThatThrownBy(() -> render("{{ lt true false }}", null))
                .hasMessageEndingWith("error calling lt: invalid type for comparison");
    }

    @Test
    void escapers() {
        assertThat(render("{{ html \"<a href='x'>&\" }}", null)).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;");
        assertThat(render("{{ js \"a'b\\n<\" }}", null)).isEqualTo("a\\'b\\u000A\\u003C");
        assertThat(render("{{ urlquery \"a b/c\" }}", null)).isEqualTo("a+b%2Fc");
    }

    @Test
    void executesConcurrently() throws Exception {
        Template t = Template.create("t").parse("{{ range .l }}{{ . }}{{ end }}");
        Object data = map("l", List.of("a", "b", "c"));
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 4; i++) {
            Thread th = new Thread(() -> {
                for (int j = 0; j < 1000; j++) {
                    StringBuilder out = new StringBuilder();
                    t.execute(data, out);
                    if (out.toString().equals("abc")) {
                        ok.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(ok.get()).isEqualTo(4000);
    }
}
