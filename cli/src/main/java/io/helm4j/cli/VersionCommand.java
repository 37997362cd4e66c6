package io.helm4j.cli;

import io.helm4j.BuildInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helm4j version}: as {@code helm version}, with {@code --short}. */
@Command(name = "version", description = "print the helm version information",
        footer = {"", "Show the version for Helm.", "",
            "This will print a representation the version of Helm.",
            "The output will look something like this:", "",
            "version.BuildInfo{Version:\"v4.0.0\", GitCommit:\"\", GitTreeState:\"\", GoVersion:\"java25\", KubeClientVersion:\"v1.34\"}"})
public final class VersionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--short", description = "print the version number")
    boolean shortForm;

    @Override
    public void run() {
        BuildInfo b = BuildInfo.current();
        PrintWriter out = spec.commandLine().getOut();
        if (shortForm) {
            out.println(b.shortVersion());
        } else {
            out.println("version.BuildInfo{Version:\"" + b.version() + "\", GitCommit:\"" + b.gitCommit()
                    + "\", GitTreeState:\"" + b.gitTreeState() + "\", GoVersion:\"" + b.runtimeVersion()
                    + "\", KubeClientVersion:\"" + b.kubeClientVersion() + "\"}");
        }
        out.flush();
    }
}
