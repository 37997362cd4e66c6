package io.helm4j.cli;

import io.helm4j.BuildInfo;
import io.helm4j.gotemplate.GoObject;
import io.helm4j.gotemplate.Template;
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
        BuildInfo b = BuildInfo.current();
        PrintWriter out = out();
        if (template.value() != null && !template.value().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            Template.create("_").parse(template.value()).execute(new GoBuildInfo(b), sb);
            out.print(sb);
        } else {
            out.print(text(b, shortForm.value()));
        }
        out.flush();
        return 0;
    }

    /** What {@code version} prints without {@code --template}: Go's {@code %#v} of the build info, or the short form. */
    static String text(BuildInfo b, boolean shortForm) {
        if (shortForm) {
            return b.shortVersion() + "\n";
        }
        return "version.BuildInfo{Version:\"" + b.version() + "\", GitCommit:\"" + b.gitCommit()
                + "\", GitTreeState:\"" + b.gitTreeState() + "\", GoVersion:\"" + b.runtimeVersion()
                + "\", KubeClientVersion:\"" + b.kubeClientVersion() + "\"}\n";
    }

    /** Helm's {@code version.BuildInfo} struct, as {@code --template} sees it. */
    private record GoBuildInfo(BuildInfo b) implements GoObject {
        @Override
        public String goTypeName() {
            return "version.BuildInfo";
        }

        @Override
        public boolean hasField(String name) {
            return field(name) != null;
        }

        @Override
        public Object field(String name) {
            return switch (name) {
                case "Version" -> b.version();
                case "GitCommit" -> b.gitCommit();
                case "GitTreeState" -> b.gitTreeState();
                case "GoVersion" -> b.runtimeVersion();
                case "KubeClientVersion" -> b.kubeClientVersion();
                default -> null;
            };
        }

        @Override
        public String formatValue() {
            return "{" + b.version() + " " + b.gitCommit() + " " + b.gitTreeState() + " " + b.runtimeVersion() + " "
                    + b.kubeClientVersion() + "}";
        }
    }
}
