package io.helm4j.plugin.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.Helm4jException;
import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.events.EventSink;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.TemplateFunctionPlugins;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code templatefunc/v1} plugins: functions chart templates call, each call run in the WebAssembly sandbox
 * ({@code echofn.wat} answers with its own input, so the template reads back the JSON it was given); a failing
 * function is reported with the plugin, the function and the template's file and line; names already taken are
 * refused; without the plugins the same chart fails as Go's parser does.
 */
class TemplateFunctionPluginTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needWat2wasm() {
        assumeTrue(ChicoryWasmRuntimeTest.wat2wasm() != null, "wat2wasm (Debian's wabt) is not installed: the "
                + "template-function plugin test is skipped");
    }

    private Path plugins(String functions) throws Exception {
        Path dir = tmp.resolve("plugins");
        Files.createDirectories(dir);
        ChicoryWasmRuntimeTest.plugin(dir, "echofn", "strfn", "templatefunc/v1\nconfig:\n  functions: " + functions,
                "  timeout: 2000\n");
        return dir;
    }

    private Path chart(String template) throws Exception {
        Path c = tmp.resolve("chart");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: fn\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/cm.yaml"), template);
        return c;
    }

    private String render(FuncMap functions, Path chart) {
        ActionContext ctx = ActionContext.builder().templateFunctions(functions).build();
        return new Template(ctx).run(TemplateOptions.builder().args(List.of("rel", chart.toString())).build()).output();
    }

    @Test
    void templatesCallThePluginsFunctionsWithJsonArgumentsAndGetJsonResults() throws Exception {
        Path plugins = plugins("[echo, boom]");
        Path chart = chart("kind: ConfigMap\ndata:\n"
                + "{{- $r := echo \"x<y\" 2 (dict \"k\" (list 1.5 true)) .Release.Name }}\n"
                + "  fn: {{ $r.function }}\n  args: {{ toJson $r.args | quote }}\n  first: {{ index $r.args 0 }}\n"
                + "  n: {{ add (index $r.args 1) 1 }}\n");
        FuncMap f = TemplateFunctionPlugins.load(plugins.toString(), List.of("strfn"), EventSink.discard(),
                OutputStream.nullOutputStream());
        assertThat(render(f, chart)).isEqualTo("---\n# Source: fn/templates/cm.yaml\nkind: ConfigMap\ndata:\n"
                + "  fn: echo\n  args: \"[\\\"x\\\\u003cy\\\",2,{\\\"k\\\":[1.5,true]},\\\"rel\\\"]\"\n  first: x<y\n  n: 3\n");
    }

    @Test
    void aFailingFunctionNamesThePluginTheFunctionAndTheTemplateLine() throws Exception {
        Path plugins = plugins("[echo, boom]");
        Path chart = chart("kind: ConfigMap\ndata:\n  a: {{ boom 1 }}\n");
        FuncMap f = TemplateFunctionPlugins.load(plugins.toString(), List.of("strfn"), EventSink.discard(),
                OutputStream.nullOutputStream());
        assertThatThrownBy(() -> render(f, chart)).isInstanceOf(Helm4jException.class)
                .hasMessageContaining("fn/templates/cm.yaml:3:")
                .hasMessageContaining("plugin \"strfn\" function \"boom\": plugin \"strfn\" exited with error: kaboom");
    }

    @Test
    void withoutThePluginTheChartFailsAsGosParserDoes() throws Exception {
        Path chart = chart("a: {{ echo 1 }}\n");
        assertThatThrownBy(() -> render(new FuncMap(), chart)).hasMessageContaining("function \"echo\" not defined");
    }

    @Test
    void aFunctionMayNotTakeTheNameOfATemplateFunction() throws Exception {
        Path plugins = plugins("[echo, upper]");
        assertThatThrownBy(() -> TemplateFunctionPlugins.load(plugins.toString(), List.of("strfn"),
                EventSink.discard(), OutputStream.nullOutputStream())).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"strfn\": function \"upper\" is already a template function; a plugin may not "
                        + "replace it");
        assertThatThrownBy(() -> TemplateFunctionPlugins.load(plugins.toString(), List.of("nosuch"),
                EventSink.discard(), OutputStream.nullOutputStream()))
                .hasMessage("plugin: {Name:nosuch Type:templatefunc/v1} not found");
    }
}
