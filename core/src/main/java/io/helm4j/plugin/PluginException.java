package io.helm4j.plugin;

import io.helm4j.Helm4jException;

/**
 * A plugin that could not be loaded, installed or run. {@link #pluginName()} names the plugin when it is known;
 * a plugin that ran and exited non-zero gives its exit status as the command's ({@link #exitCode()}), as Helm
 * does.
 */
public class PluginException extends Helm4jException {
    private final String pluginName;

    public PluginException(String pluginName, String message) {
        this(pluginName, message, null, EXIT_FAILURE);
    }

    public PluginException(String pluginName, String message, Throwable cause) {
        this(pluginName, message, cause, EXIT_FAILURE);
    }

    public PluginException(String pluginName, String message, Throwable cause, int exitCode) {
        super(message, cause, exitCode);
        this.pluginName = pluginName;
    }

    /** The plugin's name, or null when the error came before a name was known. */
    public String pluginName() {
        return pluginName;
    }
}
