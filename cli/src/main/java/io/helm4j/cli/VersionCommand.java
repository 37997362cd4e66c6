package io.helm4j.cli;

import io.helm4j.BuildInfo;
import io.helm4j.UsageException;
import java.io.PrintWriter;

/** {@code helm4j version}: as {@code helm version}, with {@code --short}. */
public final class VersionCommand extends HelmCommand<Void> {
    private final Flag<Boolean> shortForm;
    private final Flag<String> template;

    VersionCommand() {
        super("version", "print the helm version information");
        shortForm = flags.bool("--short", "print the version number", null);
        template = flags.string("--template", "template for version string format", null);
    }

    @Override
    int execute() {
        HelmArgs.none(this);
        if (template.value() != null) {
            throw new UsageException("--template: helm4j does not format its version with a template yet");
        }
        BuildInfo b = BuildInfo.current();
        PrintWriter out = out();
        if (shortForm.value()) {
            out.println(b.shortVersion());
        } else {
            out.println("version.BuildInfo{Version:\"" + b.version() + "\", GitCommit:\"" + b.gitCommit()
                    + "\", GitTreeState:\"" + b.gitTreeState() + "\", GoVersion:\"" + b.runtimeVersion()
                    + "\", KubeClientVersion:\"" + b.kubeClientVersion() + "\"}");
        }
        out.flush();
        return 0;
    }
}
