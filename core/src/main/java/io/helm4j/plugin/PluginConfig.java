package io.helm4j.plugin;

import java.util.List;

/** The {@code config} of a plugin, per type (Helm's {@code schema.Config*V1}). */
public sealed interface PluginConfig {

    /** {@code cli/v1}: the subcommand's use line, help texts, and whether Helm's flags are kept from the plugin. */
    record Cli(String usage, String shortHelp, String longHelp, boolean ignoreFlags) implements PluginConfig {
    }

    /** {@code getter/v1}: the URL schemes the plugin downloads. */
    record Getter(List<String> protocols) implements PluginConfig {
        public Getter {
            protocols = List.copyOf(protocols);
        }
    }

    /** {@code postrenderer/v1}: nothing to configure. */
    record PostRenderer() implements PluginConfig {
    }

    /** {@code templatefunc/v1} (helm4j's): the names of the template functions the plugin serves. */
    record TemplateFunc(List<String> functions) implements PluginConfig {
        public TemplateFunc {
            functions = List.copyOf(functions);
        }
    }

    /** {@code test/v1}: Helm's own test type. */
    record Test() implements PluginConfig {
    }
}
