package io.helm4j.plugin;

import io.helm4j.internal.semver.SemVersion;
import io.helm4j.yaml.YamlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code plugin.yaml} as Helm 4 does ({@code internal/plugin/loader.go}): the {@code apiVersion} decides the
 * form (none: Helm 3's legacy manifest, {@code v1}: Helm 4's), each form is decoded and validated in Helm's
 * order with Helm's messages, and a legacy manifest is converted to Helm 4's {@link PluginMetadata}.
 */
public final class PluginManifest {
    public static final String FILE_NAME = "plugin.yaml";
    private static final Pattern VALID_NAME = Pattern.compile("^[A-Za-z0-9_-]+$");
    private static final Set<String> V1_FIELDS = Set.of("apiVersion", "name", "type", "runtime", "version",
            "sourceURL", "config", "runtimeConfig");
    private static final Map<String, String> CONFIG_TYPES = Map.of("cli/v1", "schema.ConfigCLIV1", "getter/v1",
            "schema.ConfigGetterV1", "postrenderer/v1", "schema.ConfigPostRendererV1", "test/v1", "schema.ConfigTestV1",
            TemplateFunctionPlugins.TYPE, "schema.ConfigTemplateFuncV1");

    private PluginManifest() {
    }

    /** The manifest in {@code text}, or a {@link PluginException} with Helm's message (without the plugin's path). */
    public static PluginMetadata parse(String text) {
        Node root;
        try {
            root = YamlV3Decoder.compose(text);
        } catch (YamlException e) {
            throw new PluginException(null, "failed to peek " + FILE_NAME + " API version: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new PluginException(null, "failed to peek " + FILE_NAME + " API version: EOF");
        }
        YamlV3Decoder peek = new YamlV3Decoder(YamlV3Decoder::ownLine);
        String apiVersion = peek.string(peek.struct(root, "plugin.apiVersion", null).get("apiVersion"));
        if (peek.hasErrors()) {
            fail(peek, "failed to peek " + FILE_NAME + " API version: ");
        }
        return switch (apiVersion) {
            case "" -> legacy(root);
            case "v1" -> v1(root);
            default -> throw new PluginException(null, "invalid plugin apiVersion: \"" + apiVersion + "\"");
        };
    }

    private static void fail(YamlV3Decoder d, String prefix) {
        try {
            d.throwIfErrors();
        } catch (YamlException e) {
            throw new PluginException(null, prefix + e.getMessage(), e);
        }
    }

    private static PluginMetadata legacy(Node root) {
        YamlV3Decoder d = new YamlV3Decoder(YamlV3Decoder::ownLine);
        Map<String, Node> f = d.struct(root, "plugin.MetadataLegacy", null);
        String name = d.string(f.get("name"));
        String version = d.string(f.get("version"));
        String usage = d.string(f.get("usage"));
        String description = d.string(f.get("description"));
        List<PlatformCommand> platformCommand = platformCommands(d, f.get("platformCommand"));
        String command = d.string(f.get("command"));
        boolean ignoreFlags = d.bool(f.get("ignoreFlags"));
        Map<String, List<PlatformCommand>> platformHooks = platformHooks(d, f.get("platformHooks"));
        Map<String, String> hooks = new LinkedHashMap<>();
        d.map(f.get("hooks"), "plugin.Hooks").forEach((k, v) -> hooks.put(k, d.string(v)));
        List<List<String>> protocols = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (Node n : d.seq(f.get("downloaders"), "[]plugin.Downloaders")) {
            Map<String, Node> df = d.struct(n, "plugin.Downloaders", null);
            protocols.add(d.strings(df.get("protocols")));
            commands.add(d.string(df.get("command")));
        }
        fail(d, "");
        checkNameAndVersion(name, version);
        usage = sanitize(usage);
        if (!platformCommand.isEmpty() && !command.isEmpty()) {
            throw invalid("both platformCommand and command are set");
        }
        if (!platformHooks.isEmpty() && !hooks.isEmpty()) {
            throw invalid("both platformHooks and hooks are set");
        }
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).isEmpty()) {
                throw invalid("downloader " + i + " has empty command");
            }
            if (protocols.get(i).isEmpty()) {
                throw invalid("downloader " + i + " has no protocols");
            }
            for (int j = 0; j < protocols.get(i).size(); j++) {
                if (protocols.get(i).get(j).isEmpty()) {
                    throw invalid("downloader " + i + " has empty protocol at index " + j);
                }
            }
        }
        // fromMetadataLegacy
        boolean getter = !commands.isEmpty();
        PluginConfig config;
        List<RuntimeConfig.ProtocolCommand> protocolCommands = new ArrayList<>();
        if (getter) {
            List<String> all = new ArrayList<>();
            protocols.forEach(all::addAll);
            config = new PluginConfig.Getter(all);
            for (int i = 0; i < commands.size(); i++) {
                protocolCommands.add(new RuntimeConfig.ProtocolCommand(protocols.get(i),
                        List.of(PlatformCommand.of(commands.get(i)))));
            }
        } else {
            config = new PluginConfig.Cli("", usage, description, ignoreFlags);
        }
        if (platformCommand.isEmpty() && !command.isEmpty()) {
            platformCommand = List.of(PlatformCommand.of(command));
        }
        boolean expandHookArgs = true;
        if (platformHooks.isEmpty() && !hooks.isEmpty()) {
            platformHooks = new LinkedHashMap<>();
            for (Map.Entry<String, String> h : hooks.entrySet()) {
                platformHooks.put(h.getKey(), List.of(PlatformCommand.of("sh", "-c", h.getValue())));
            }
            expandHookArgs = false;
        }
        PluginMetadata m = new PluginMetadata("legacy", name, getter ? PluginMetadata.TYPE_GETTER
                : PluginMetadata.TYPE_CLI, PluginMetadata.RUNTIME_SUBPROCESS, version, "", config,
                new RuntimeConfig.Subprocess(platformCommand, platformHooks, protocolCommands, expandHookArgs));
        validate(m);
        return m;
    }

    private static PluginMetadata v1(Node root) {
        YamlV3Decoder d = new YamlV3Decoder(YamlV3Decoder::ownLine);
        Map<String, Node> f = d.struct(root, "plugin.MetadataV1", V1_FIELDS);
        String apiVersion = d.string(f.get("apiVersion"));
        String name = d.string(f.get("name"));
        String type = d.string(f.get("type"));
        String runtime = d.string(f.get("runtime"));
        String version = d.string(f.get("version"));
        String sourceUrl = d.string(f.get("sourceURL"));
        Node configNode = f.get("config");
        Node runtimeNode = f.get("runtimeConfig");
        d.map(configNode, "map[string]interface {}");
        d.map(runtimeNode, "map[string]interface {}");
        fail(d, "");
        if (!VALID_NAME.matcher(name).matches()) {
            throw invalid("invalid plugin `name`");
        }
        if (version.isEmpty()) {
            throw invalid("plugin `version` is required");
        }
        if (!validSemver(version)) {
            throw invalid("invalid plugin `version` \"" + version + "\": must be valid semver");
        }
        if (!apiVersion.equals("v1")) {
            throw invalid("invalid `apiVersion`: \"" + apiVersion + "\"");
        }
        if (type.isEmpty()) {
            throw invalid("`type` missing");
        }
        if (runtime.isEmpty()) {
            throw invalid("`runtime` missing");
        }
        String convert = "failed to convert MetadataV1 to Metadata: ";
        String configType = CONFIG_TYPES.get(type);
        if (configType == null) {
            throw invalid(convert + "unknown plugin type \"" + type + "\"");
        }
        YamlV3Decoder cd = new YamlV3Decoder(new RemarshalLines(configNode));
        PluginConfig config = config(cd, type, configType, configNode);
        fail(cd, convert);
        RuntimeConfig rc;
        YamlV3Decoder rd = new YamlV3Decoder(new RemarshalLines(runtimeNode));
        switch (runtime) {
            case PluginMetadata.RUNTIME_SUBPROCESS -> rc = subprocess(rd, runtimeNode);
            case PluginMetadata.RUNTIME_EXTISM -> rc = extism(rd, runtimeNode);
            default -> throw invalid(convert + "unsupported plugin runtime type: \"" + runtime + "\"");
        }
        fail(rd, convert + "failed to unmarshal runtimeConfig for " + runtime + " runtime: ");
        PluginMetadata m = new PluginMetadata(apiVersion, name, type, runtime, version, sourceUrl, config, rc);
        validate(m);
        return m;
    }

    private static PluginConfig config(YamlV3Decoder d, String type, String goType, Node n) {
        return switch (type) {
            case "cli/v1" -> {
                Map<String, Node> f = d.struct(n, goType, Set.of("usage", "shortHelp", "longHelp", "ignoreFlags"));
                yield new PluginConfig.Cli(d.string(f.get("usage")), d.string(f.get("shortHelp")),
                        d.string(f.get("longHelp")), d.bool(f.get("ignoreFlags")));
            }
            case "getter/v1" -> {
                Map<String, Node> f = d.struct(n, goType, Set.of("protocols"));
                yield new PluginConfig.Getter(d.strings(f.get("protocols")));
            }
            case TemplateFunctionPlugins.TYPE -> {
                Map<String, Node> f = d.struct(n, goType, Set.of("functions"));
                yield new PluginConfig.TemplateFunc(d.strings(f.get("functions")));
            }
            case "postrenderer/v1" -> {
                d.struct(n, goType, Set.of());
                yield new PluginConfig.PostRenderer();
            }
            default -> {
                d.struct(n, goType, Set.of());
                yield new PluginConfig.Test();
            }
        };
    }

    private static RuntimeConfig.Subprocess subprocess(YamlV3Decoder d, Node n) {
        Map<String, Node> f = d.struct(n, "plugin.RuntimeConfigSubprocess", null);
        List<PlatformCommand> platformCommand = platformCommands(d, f.get("platformCommand"));
        Map<String, List<PlatformCommand>> hooks = platformHooks(d, f.get("platformHooks"));
        List<RuntimeConfig.ProtocolCommand> protocolCommands = new ArrayList<>();
        for (Node item : d.seq(f.get("protocolCommands"), "[]plugin.SubprocessProtocolCommand")) {
            Map<String, Node> pf = d.struct(item, "plugin.SubprocessProtocolCommand", null);
            protocolCommands.add(new RuntimeConfig.ProtocolCommand(d.strings(pf.get("protocols")),
                    platformCommands(d, pf.get("platformCommand"))));
        }
        // Helm 4 leaves expandHookArgs false for v1 manifests (an unexported field remarshalling never sets)
        return new RuntimeConfig.Subprocess(platformCommand, hooks, protocolCommands, false);
    }

    private static RuntimeConfig.Extism extism(YamlV3Decoder d, Node n) {
        Map<String, Node> f = d.struct(n, "plugin.RuntimeConfigExtismV1", null);
        Map<String, Node> mem = d.struct(f.get("memory"), "plugin.RuntimeConfigExtismV1Memory", null);
        Map<String, String> config = new LinkedHashMap<>();
        d.map(f.get("config"), "map[string]string").forEach((k, v) -> config.put(k, d.string(v)));
        Map<String, Node> fs = d.struct(f.get("fileSystem"), "plugin.RuntimeConfigExtismV1FileSystem", null);
        List<RuntimeConfig.PathGrant> paths = new ArrayList<>();
        d.map(f.get("allowedPaths"), "map[string]string").forEach((k, v) -> paths.add(RuntimeConfig.PathGrant.parse(k,
                d.string(v))));
        return new RuntimeConfig.Extism(d.integer(mem.get("maxPages"), "uint32"),
                d.integer(mem.get("maxHttpResponseBytes"), "int64"), d.integer(mem.get("maxVarBytes"), "int64"),
                config, d.strings(f.get("allowedHosts")), d.bool(fs.get("createTempDir")),
                d.integer(f.get("timeout"), "uint64"), d.strings(f.get("hostFunctions")),
                d.string(f.get("entryFuncName")), paths, d.strings(f.get("allowedEnv")), d.strings(f.get("kubernetes")));
    }

    private static List<PlatformCommand> platformCommands(YamlV3Decoder d, Node n) {
        List<PlatformCommand> out = new ArrayList<>();
        for (Node item : d.seq(n, "[]plugin.PlatformCommand")) {
            Map<String, Node> f = d.struct(item, "plugin.PlatformCommand", null);
            out.add(new PlatformCommand(d.string(f.get("os")), d.string(f.get("arch")), d.string(f.get("command")),
                    d.strings(f.get("args"))));
        }
        return out;
    }

    private static Map<String, List<PlatformCommand>> platformHooks(YamlV3Decoder d, Node n) {
        Map<String, List<PlatformCommand>> out = new LinkedHashMap<>();
        d.map(n, "plugin.PlatformHooks").forEach((k, v) -> out.put(k, platformCommands(d, v)));
        return out;
    }

    /** Helm's {@code Metadata.Validate}: every problem, one per line. */
    private static void validate(PluginMetadata m) {
        List<String> errs = new ArrayList<>();
        if (!VALID_NAME.matcher(m.name()).matches()) {
            errs.add("invalid plugin name \"" + m.name() + "\": must contain only a-z, A-Z, 0-9, _ and -");
        }
        if (!m.version().isEmpty() && !validSemver(m.version())) {
            errs.add("invalid plugin version \"" + m.version() + "\": must be valid semver");
        }
        if (m.config() instanceof PluginConfig.Getter g) {
            if (g.protocols().isEmpty()) {
                errs.add("config validation failed: getter has no protocols");
            }
            for (int i = 0; i < g.protocols().size(); i++) {
                if (g.protocols().get(i).isEmpty()) {
                    errs.add("config validation failed: getter has empty protocol at index " + i);
                    break;
                }
            }
        }
        if (m.config() instanceof PluginConfig.TemplateFunc t) {
            if (t.functions().isEmpty()) {
                errs.add("config validation failed: templatefunc has no functions");
            }
            for (String fn : t.functions()) {
                if (!TemplateFunctionPlugins.FUNCTION_NAME.matcher(fn).matches()) {
                    errs.add("config validation failed: invalid function name \"" + fn + "\": a template function's "
                            + "name is a Go identifier (letters, digits and _, not starting with a digit)");
                    break;
                }
            }
            if (!m.runtime().equals(PluginMetadata.RUNTIME_EXTISM)) {
                errs.add("templatefunc/v1 plugins run only in the extism/v1 runtime (the WebAssembly sandbox)");
            }
        }
        if (m.runtimeConfig() instanceof RuntimeConfig.Extism x) {
            for (String k : x.kubernetes()) {
                if (!k.matches("(get|list|create|update|patch|delete) [a-z0-9.-]+")) {
                    errs.add("runtimeConfig.kubernetes: \"" + k + "\" is not VERB RESOURCE with VERB get, list, "
                            + "create, update, patch or delete (\"get pods\", \"create configmaps\")");
                }
            }
            for (RuntimeConfig.PathGrant g : x.allowedPaths()) {
                if (g.host().isEmpty() || !g.guest().startsWith("/")) {
                    errs.add("runtimeConfig.allowedPaths: \"" + (g.readOnly() ? "ro:" : "") + g.host() + "\": \""
                            + g.guest() + "\" needs a host directory and an absolute path in the plugin");
                }
            }
        }
        if (!errs.isEmpty()) {
            throw invalid(String.join("\n", errs));
        }
    }

    private static void checkNameAndVersion(String name, String version) {
        if (!VALID_NAME.matcher(name).matches()) {
            throw invalid("invalid plugin name \"" + name + "\": must contain only a-z, A-Z, 0-9, _ and -");
        }
        if (!version.isEmpty() && !validSemver(version)) {
            throw invalid("invalid plugin version \"" + version + "\": must be valid semver");
        }
    }

    private static boolean validSemver(String v) {
        try {
            SemVersion.parseStrict(v);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Go's {@code unicode.IsSpace} to a space, unprintable runes dropped (Helm's {@code sanitizeString}). */
    private static String sanitize(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (!Character.isISOControl(c) && Character.isDefined(c)) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static PluginException invalid(String message) {
        return new PluginException(null, message);
    }
}
