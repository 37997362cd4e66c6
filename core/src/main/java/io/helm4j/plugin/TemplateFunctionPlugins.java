package io.helm4j.plugin;

import io.helm4j.events.EventSink;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.internal.engine.funcs.DurationFunctions;
import io.helm4j.internal.engine.funcs.SprigFunctions;
import io.helm4j.yaml.GoJsonValue;
import io.helm4j.yaml.GoYaml;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * helm4j's {@code templatefunc/v1} plugins (beyond Helm): named functions that chart templates call as they call
 * Sprig's, each call run in the WebAssembly sandbox ({@code runtime: extism/v1} only, with the plugin's
 * {@code runtimeConfig} limits). The entry function gets {@code {"function": NAME, "args": [ARG...]}} (the arguments
 * as {@code toJson} writes them) and answers {@code {"result": VALUE}}; a failure ({@code error_set} and a non-zero
 * return) reaches the template as {@code plugin "P" function "F": MESSAGE}, which the engine prefixes with the
 * template's file, line and column.
 *
 * <pre>
 * apiVersion: v1
 * name: strutil
 * type: templatefunc/v1
 * runtime: extism/v1
 * version: 0.1.0
 * config:
 *   functions: [reverse, rot13]
 * runtimeConfig:
 *   memory: {maxPages: 4}
 *   timeout: 1000
 * </pre>
 *
 * Nothing here runs unless a command names the plugins ({@code --template-funcs P1,P2}): rendering without that
 * flag does not read the plugins directory and loads no WebAssembly engine. A plugin's module is loaded on the
 * first call of one of its functions. A function may not take the name of a Go builtin, a Sprig function or one
 * of Helm's.
 */
public final class TemplateFunctionPlugins {
    /** The plugin type. */
    public static final String TYPE = "templatefunc/v1";

    static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "len", "index", "slice", "print",
            "printf", "println", "html", "js", "urlquery", "call", "eq", "ne", "lt", "le", "gt", "ge", "toYaml",
            "mustToYaml", "toYamlPretty", "fromYaml", "fromYamlArray", "toJson", "mustToJson", "fromJson",
            "fromJsonArray", "toToml", "mustToToml", "fromToml", "lookup", "required", "fail", "getHostByName",
            "include", "tpl", "define", "template", "block", "range", "if", "else", "with", "end", "nil",
            "break", "continue");

    private TemplateFunctionPlugins() {
    }

    /** A value made on first use and kept. */
    private static final class Once<T> implements java.util.function.Supplier<T> {
        private java.util.function.Supplier<T> make;
        private T value;

        Once(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (make != null) {
                value = make.get();
                make = null;
            }
            return value;
        }
    }

    /**
     * The functions of the {@code templatefunc/v1} plugins {@code names} (each a plugin of
     * {@code pluginsDirectories}), or an error naming the plugin: not found, of another type or runtime, or
     * declaring a function whose name is taken.
     */
    public static FuncMap load(String pluginsDirectories, List<String> names, EventSink events, OutputStream stderr) {
        return load(pluginsDirectories, names, events, stderr, PluginKube.NONE);
    }

    /** As above, the plugins' granted Kubernetes reads ({@code runtimeConfig.kubernetes}) served through {@code kube}. */
    public static FuncMap load(String pluginsDirectories, List<String> names, EventSink events, OutputStream stderr,
            PluginKube kube) {
        FuncMap out = new FuncMap();
        if (names.isEmpty()) {
            return out;
        }
        FuncMap builtin = SprigFunctions.create(Clock.systemUTC(), new Random(0));
        DurationFunctions.register(builtin);
        Map<String, String> owner = new java.util.HashMap<>();
        for (String name : names) {
            Plugin p = Plugins.findOne(pluginsDirectories, name, TYPE, events);
            if (!p.metadata().runtime().equals(PluginMetadata.RUNTIME_EXTISM)) {
                throw new PluginException(name, "plugin \"" + name + "\": templatefunc/v1 plugins run only in the "
                        + "extism/v1 runtime (the WebAssembly sandbox), not " + p.metadata().runtime());
            }
            // one runtime per plugin, loaded on the first call: its module is parsed once for every call
            java.util.function.Supplier<WasmRuntime> runtime = new Once<>(() -> WasmRuntime.load(p));
            for (String fn : ((PluginConfig.TemplateFunc) p.metadata().config()).functions()) {
                if (RESERVED.contains(fn) || builtin.contains(fn)) {
                    throw new PluginException(name, "plugin \"" + name + "\": function \"" + fn + "\" is already a "
                            + "template function; a plugin may not replace it");
                }
                String other = owner.putIfAbsent(fn, name);
                if (other != null) {
                    throw new PluginException(name, "plugin \"" + name + "\": function \"" + fn + "\" is also "
                            + "declared by plugin \"" + other + "\"");
                }
                out.putVariadic(fn, 0, args -> call(p, runtime, fn, args, stderr, kube));
            }
        }
        return out;
    }

    /** One call: the arguments as JSON in, the result out, in a fresh instance of the plugin's module. */
    static Object call(Plugin p, java.util.function.Supplier<WasmRuntime> runtime, String function, Object[] args,
            OutputStream stderr, PluginKube kube) {
        String input = GoYaml.toJson(new GoJsonValue.Struct().field("function", function).field("args", List.of(args)));
        String prefix = "plugin \"" + p.name() + "\" function \"" + function + "\": ";
        String out;
        try {
            out = runtime.get().invoke(p, input, Map.of(), PluginIo.of(OutputStream.nullOutputStream(), stderr), kube);
        } catch (PluginException e) {
            throw new PluginException(p.name(), prefix + e.getMessage(), e);
        }
        Map<String, Object> m;
        try {
            m = GoYaml.fromJsonObject(out);
        } catch (RuntimeException e) {
            throw new PluginException(p.name(), prefix + "its output is not the JSON of templatefunc/v1 "
                    + "({\"result\": VALUE}): " + e.getMessage(), e);
        }
        if (!m.containsKey("result")) {
            throw new PluginException(p.name(), prefix + "its output has no \"result\"");
        }
        return m.get("result");
    }
}
