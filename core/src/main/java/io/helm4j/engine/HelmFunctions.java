package io.helm4j.engine;

import io.helm4j.gostd.Strconv;
import io.helm4j.gostd.Strings;
import io.helm4j.gotemplate.Execution;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.gotemplate.FunctionArgumentException;
import io.helm4j.gotemplate.GoFmt;
import io.helm4j.gotemplate.MissingKey;
import io.helm4j.gotemplate.Template;
import io.helm4j.gotemplate.TemplateException;
import io.helm4j.gotemplate.TemplateParseException;
import io.helm4j.kube.ClusterReader;
import io.helm4j.yaml.GoNil;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The functions Helm adds to Sprig's: {@code include}, {@code tpl}, {@code required}, {@code fail},
 * the YAML, JSON and TOML converters ({@code toYaml}, {@code toYamlPretty}, {@code fromToml}...), {@code lookup}
 * (answered by a {@link ClusterReader}: empty without a cluster) and {@code getHostByName}.
 */
public final class HelmFunctions {
    static final String WARN_START = "HELM_ERR_START";
    static final String WARN_END = "HELM_ERR_END";
    static final int RECURSION_MAX = 1000;

    private HelmFunctions() {
    }

    /** Sprig's functions without {@code env}/{@code expandenv}, with Helm's functions over them. */
    static FuncMap functionsIndependentOfTemplate(FuncMap library, boolean lintMode, boolean enableDns,
            ClusterReader cluster) {
        FuncMap f = new FuncMap();
        if (library != null) {
            f.putAll(library).remove("env").remove("expandenv");
        }
        f.put("toYaml", "interface {}", args -> toYaml(args[0]));
        f.put("mustToYaml", "interface {}", args -> trimNewline(GoYaml.toYaml(args[0])));
        f.put("toYamlPretty", "interface {}", args -> toYamlPretty(args[0]));
        f.put("fromYaml", "string", args -> fromYaml(str(args[0])));
        f.put("fromYamlArray", "string", args -> fromYamlArray(str(args[0])));
        f.put("toJson", "interface {}", args -> toJson(args[0]));
        f.put("mustToJson", "interface {}", args -> GoYaml.toJson(args[0]));
        f.put("fromJson", "string", args -> fromJson(str(args[0])));
        f.put("fromJsonArray", "string", args -> fromJsonArray(str(args[0])));
        f.put("toToml", "interface {}", args -> toToml(args[0]));
        f.put("mustToToml", "interface {}", args -> GoYaml.toToml(args[0]));
        f.put("fromToml", "string", args -> fromToml(str(args[0])));
        io.helm4j.internal.engine.funcs.DurationFunctions.register(f);
        f.put("lookup", "string, string, string, string",
                args -> cluster.lookup(str(args[0]), str(args[1]), str(args[2]), str(args[3])));
        f.put("required", "string, interface {}", args -> required(str(args[0]), args[1], lintMode));
        f.put("fail", "string", args -> {
            if (lintMode) {
                return "";
            }
            throw new HelmTemplateError(warnWrap(str(args[0])));
        });
        f.put("getHostByName", "string", args -> enableDns ? hostByName(str(args[0])) : "");
        return f;
    }

    /**
     * {@code include} and {@code tpl}, bound to the template set {@code t}. The templates they execute run as
     * part of the calling execution, so that runaway nesting is reported once, by the outermost.
     */
    static FuncMap templateFunctions(Template t, Map<String, Integer> includedNames, boolean strict) {
        return new FuncMap()
                .putExecuting("include", "string, interface {}",
                        (caller, args) -> include(caller, t, includedNames, str(args[0]), args[1]))
                .putExecuting("tpl", "string, interface {}",
                        (caller, args) -> tpl(caller, t, includedNames, strict, str(args[0]), args[1]));
    }

    private static String include(Execution caller, Template t, Map<String, Integer> includedNames, String name,
            Object data) {
        Integer depth = includedNames.get(name);
        if (depth != null && depth > RECURSION_MAX) {
            throw new HelmTemplateError(
                    "rendering template has a nested reference name: " + name + ": unable to execute template");
        }
        includedNames.merge(name, 1, Integer::sum);
        StringBuilder sb = new StringBuilder();
        try {
            t.executeTemplate(caller, name, data, sb);
        } finally {
            includedNames.merge(name, -1, Integer::sum);
        }
        return sb.toString();
    }

    private static String tpl(Execution caller, Template parent, Map<String, Integer> includedNames, boolean strict,
            String text, Object vals) {
        if (Strings.trimSpace(text).isEmpty()) {
            // Go keeps an existing body when the new one is empty, but executes the new (blank) tree
            return text;
        }
        Template clone = parent.cloneSet();
        clone.option(strict ? MissingKey.ERROR : MissingKey.ZERO);
        clone.funcs(templateFunctions(clone, includedNames, strict));
        Template t;
        try {
            t = clone.newTemplate(parent.name()).parse(text);
        } catch (TemplateParseException e) {
            throw new HelmTemplateError("cannot parse template " + Strconv.quote(text) + ": " + e.getMessage(), e);
        }
        StringBuilder sb = new StringBuilder();
        try {
            t.execute(caller, vals, sb);
        } catch (TemplateException e) {
            throw new HelmTemplateError(
                    "error during tpl function execution for " + Strconv.quote(text) + ": " + e.getMessage(), e);
        }
        return sb.toString().replace("<no value>", "");
    }

    private static Object required(String warn, Object val, boolean lintMode) {
        if (val == null || "".equals(val)) {
            if (lintMode) {
                return "";
            }
            throw new HelmTemplateError(warnWrap(warn));
        }
        return val;
    }

    static String warnWrap(String warn) {
        return WARN_START + warn + WARN_END;
    }

    /** Helm's {@code toYaml}: YAML without its final newline; "" when the value cannot be marshalled. */
    public static String toYaml(Object v) {
        try {
            return trimNewline(GoYaml.toYaml(v));
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Helm's {@code toYamlPretty}: go-yaml v3 with indent 2, without the final newline; "" on failure. */
    static String toYamlPretty(Object v) {
        try {
            return trimNewline(GoYaml.toYamlPretty(v));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String trimNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    static String toJson(Object v) {
        try {
            return GoYaml.toJson(v);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Helm's {@code toToml}: the encoder's error text in place of the TOML; a nil value is a panic in
     * the encoder, which reaches the template as an error.
     */
    static String toToml(Object v) {
        try {
            return GoYaml.toToml(v);
        } catch (YamlException e) {
            if (v == null) {
                throw new HelmTemplateError(e.getMessage(), e);
            }
            return e.getMessage();
        }
    }

    static Map<String, Object> fromToml(String s) {
        return orErrorMap(t -> {
            Map<String, Object> m = GoYaml.fromToml(t);
            io.helm4j.internal.engine.funcs.SprigFunctions.goTimes(m);
            return m;
        }, s);
    }

    static Map<String, Object> fromYaml(String s) {
        return orErrorMap(t -> GoYaml.loadMap(GoYaml.readGoString(t)), s);
    }

    static List<Object> fromYamlArray(String s) {
        return orErrorList(t -> GoYaml.loadList(GoYaml.readGoString(t)), s);
    }

    /** Helm's fromJson: json.Unmarshal of {@code null} leaves a nil map ({@code toJson} writes null). */
    static Map<String, Object> fromJson(String s) {
        return isJsonNull(s) ? GoNil.map() : orErrorMap(GoYaml::fromJsonObject, s);
    }

    /** Helm's fromJsonArray: {@code null} leaves a nil slice. */
    static List<Object> fromJsonArray(String s) {
        return isJsonNull(s) ? GoNil.list() : orErrorList(GoYaml::fromJsonArray, s);
    }

    private static boolean isJsonNull(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && " \t\r\n".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && " \t\r\n".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.startsWith("null", from) && to - from == 4;
    }

    /** Helm's from* functions for maps: the error message under "Error" instead of a failure. */
    private static Map<String, Object> orErrorMap(Function<String, Map<String, Object>> reader, String s) {
        try {
            return reader.apply(s);
        } catch (RuntimeException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Error", e.getMessage());
            return m;
        }
    }

    /** Helm's from*Array functions: a list of the error message instead of a failure. */
    private static List<Object> orErrorList(Function<String, List<Object>> reader, String s) {
        try {
            return reader.apply(s);
        } catch (RuntimeException e) {
            List<Object> l = new ArrayList<>();
            l.add(e.getMessage());
            return l;
        }
    }

    private static String hostByName(String name) {
        try {
            return InetAddress.getAllByName(name)[0].getHostAddress();
        } catch (UnknownHostException e) {
            return "";
        }
    }

    static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw new FunctionArgumentException("wrong type for value; expected string; got " + typeName(o));
    }

    static String typeName(Object o) {
        try {
            return GoFmt.typeName(o);
        } catch (UnsupportedOperationException e) {
            return o == null ? "<nil>" : o.getClass().getSimpleName();
        }
    }

    /** An error a Helm function returns to the template executor. */
    static final class HelmTemplateError extends RuntimeException {
        HelmTemplateError(String message) {
            super(message, null, false, false);
        }

        HelmTemplateError(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }
}
