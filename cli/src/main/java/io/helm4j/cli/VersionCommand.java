package io.helm4j.cli;

import picocli.CommandLine.Command;

/** {@code helm4j version}. */
@Command(name = "version", description = "Print the helm4j version information.")
public final class VersionCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("version.BuildInfo{Version:\"v4.0.0\", GitCommit:\"\", GitTreeState:\"\", GoVersion:\"helm4j\"}");
    }
}
