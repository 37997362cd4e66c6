package io.helm4j.cli;

import io.helm4j.BuildInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j version}: as {@code helm version}, with {@code --short}. */
public final class VersionCommand implements Runnable {
    CommandSpec spec;

    boolean shortForm;

    static CommandSpec model() {
        VersionCommand c = new VersionCommand();
        Specs s = Specs.command(c, "version").description("print the helm version information")
                .footer("", "Show the version for Helm.", "",
                        "This will print a representation the version of Helm.",
                        "The output will look something like this:", "",
                        "version.BuildInfo{Version:\"v4.0.0\", GitCommit:\"\", GitTreeState:\"\", GoVersion:\"java25\", "
                                + "KubeClientVersion:\"v1.34\"}");
        s.option("--short", "print the version number").bool(() -> c.shortForm, v -> c.shortForm = v);
        c.spec = s.spec();
        return c.spec;
    }

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
