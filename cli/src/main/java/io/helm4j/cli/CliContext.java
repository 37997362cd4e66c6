package io.helm4j.cli;

import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command needs from its process: the environment, the home directory, the program name, and the cluster
 * connection opened ahead for it ({@link EarlyKube}, null when none was).
 */
public record CliContext(Map<String, String> env, Path userHome, String programName, EarlyKube earlyKube) {

    public CliContext(Map<String, String> env, Path userHome, String programName) {
        this(env, userHome, programName, null);
    }

    /** This context with the connection {@code early} opened ahead. */
    CliContext withEarlyKube(EarlyKube early) {
        return new CliContext(env, userHome, programName, early);
    }

    static CliContext fromProcess() {
        String bin = System.getenv().getOrDefault("HELM4J_BIN", "helm4j");
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), bin);
    }

    /**
     * The name commands go by in messages and in help's command paths: the program's file name, so a
     * {@code helm} link says helm (and prints Helm's help byte for byte). Helm's prose stays Helm's.
     */
    String commandName() {
        String n = programName;
        int slash = n.lastIndexOf('/');
        n = slash >= 0 ? n.substring(slash + 1) : n;
        return n.isEmpty() ? "helm4j" : n;
    }

    HelmSettings settings(GlobalFlags global) {
        return global.settings(env, userHome);
    }
}
