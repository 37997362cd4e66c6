package io.helm4j.plugin;

import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata part of a plugin's {@code .prov} as Helm 4's {@code SignPlugin} writes it: its {@code Metadata}
 * struct marshalled by {@code sigs.k8s.io/yaml}, so Go's field names, sorted, and {@code null} for a list or map
 * the manifest left out. (Verification checks the signature and the archive's sum, not this text.)
 */
public final class PluginSigning {
    private PluginSigning() {
    }

    public static String metadataYaml(PluginMetadata m) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("APIVersion", m.apiVersion());
        top.put("Config", config(m.config()));
        top.put("Name", m.name());
        top.put("Runtime", m.runtime());
        top.put("RuntimeConfig", runtimeConfig(m.runtimeConfig()));
        top.put("SourceURL", m.sourceUrl());
        top.put("Type", m.type());
        top.put("Version", m.version());
        return GoYaml.toYaml(top);
    }

    private static Map<String, Object> config(PluginConfig c) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (c) {
            case PluginConfig.Cli cli -> {
                out.put("IgnoreFlags", cli.ignoreFlags());
                out.put("LongHelp", cli.longHelp());
                out.put("ShortHelp", cli.shortHelp());
                out.put("Usage", cli.usage());
            }
            case PluginConfig.Getter g -> out.put("Protocols", list(g.protocols()));
            case PluginConfig.TemplateFunc t -> out.put("Functions", list(t.functions()));
            default -> {
            }
        }
        return out;
    }

    private static Map<String, Object> runtimeConfig(RuntimeConfig rc) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (rc instanceof RuntimeConfig.Subprocess s) {
            out.put("PlatformCommand", commands(s.platformCommand()));
            Map<String, Object> hooks = new LinkedHashMap<>();
            s.platformHooks().forEach((k, v) -> hooks.put(k, commands(v)));
            out.put("PlatformHooks", hooks.isEmpty() ? null : hooks);
            List<Object> protocols = new ArrayList<>();
            for (RuntimeConfig.ProtocolCommand p : s.protocolCommands()) {
                Map<String, Object> pc = new LinkedHashMap<>();
                pc.put("PlatformCommand", commands(p.platformCommand()));
                pc.put("Protocols", list(p.protocols()));
                protocols.add(pc);
            }
            out.put("ProtocolCommands", list(protocols));
        } else if (rc instanceof RuntimeConfig.Extism x) {
            out.put("AllowedHosts", list(x.allowedHosts()));
            out.put("Config", x.config().isEmpty() ? null : new java.util.TreeMap<>(x.config()));
            out.put("EntryFuncName", x.entryFuncName());
            out.put("FileSystem", Map.of("CreateTempDir", x.createTempDir()));
            out.put("HostFunctions", list(x.hostFunctions()));
            Map<String, Object> memory = new LinkedHashMap<>();
            memory.put("MaxHTTPResponseBytes", x.maxHttpResponseBytes());
            memory.put("MaxPages", x.maxPages());
            memory.put("MaxVarBytes", x.maxVarBytes());
            out.put("Memory", memory);
            out.put("Timeout", x.timeoutMillis());
        }
        return out;
    }

    private static List<Object> commands(List<PlatformCommand> commands) {
        List<Object> out = new ArrayList<>();
        for (PlatformCommand c : commands) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Architecture", c.arch());
            m.put("Args", list(c.args()));
            m.put("Command", c.command());
            m.put("OperatingSystem", c.os());
            out.add(m);
        }
        return list(out);
    }

    private static <T> List<T> list(List<T> l) {
        return l.isEmpty() ? null : l;
    }
}
