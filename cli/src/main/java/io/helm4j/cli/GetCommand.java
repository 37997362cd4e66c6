package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Status;
import io.helm4j.action.StatusOptions;
import io.helm4j.release.Release;
import io.helm4j.yaml.GoYaml;
import java.io.PrintWriter;

/**
 * {@code helm4j get values|manifest|notes|hooks RELEASE_NAME}: one part of a stored release, printed as Helm 4
 * prints it. {@code get all} and {@code metadata} are not implemented yet.
 */
public final class GetCommand extends HelmCommand<Void> {
    GetCommand() {
        super("get", "download extended information of a named release");
        subcommand(new Part("hooks", "download all hooks for a named release", false));
        subcommand(new Part("manifest", "download the manifest for a named release", false));
        subcommand(new Part("notes", "download the notes for a named release", false));
        subcommand(new Part("values", "download the values file for a named release", true));
    }

    @Override
    int execute() {
        throw new IllegalStateException("get only groups its subcommands");
    }

    /** One part: the release at {@code --revision} (the latest by default). */
    static final class Part extends HelmCommand<Void> {
        private final String part;
        private final Flag<Integer> revision;
        private final Flag<Boolean> all;
        private final Flag<String> output;

        Part(String part, String shortText, boolean values) {
            super(part + " RELEASE_NAME", shortText);
            this.part = part;
            all = values ? flags.bool("-a, --all", "dump all (computed) values", null) : null;
            output = values ? OutputFormat.flag(flags) : null;
            revision = flags.integer("--revision", Flag.Kind.INT, 0, "get the named release with revision", null);
        }

        @Override
        int execute() {
            flags.check();
            HelmArgs.exactly(this, 1);
            String format = OutputFormat.parse(output == null ? null : output.value()).flagValue();
            if (all != null && Boolean.TRUE.equals(all.value())) {
                throw new UsageException("helm4j get values --all is not supported yet");
            }
            Release r = new Status(SdkContext.withCluster(spec).build())
                    .run(new StatusOptions(args.get(0), settings().namespace(), revision.value())).release();
            PrintWriter out = out();
            switch (part) {
                case "manifest" -> out.println(r.manifest());
                case "hooks" -> r.hooks().forEach(h -> out.print("---\n# Source: " + h.hook().path() + "\n"
                        + h.hook().manifest() + "\n"));
                case "notes" -> {
                    String notes = r.info() == null ? "" : r.info().notes();
                    if (!notes.isEmpty()) {
                        out.print("NOTES:\n" + notes + "\n");
                    }
                }
                default -> out.print(values(r, format));
            }
            out.flush();
            return 0;
        }

        private static String values(Release r, String format) {
            Object config = r.config() == null || r.config().isEmpty() ? null : r.config();
            return switch (format) {
                case "json" -> GoYaml.toJson(config) + "\n";
                case "yaml" -> config == null ? "null\n" : GoYaml.toYaml(config);
                default -> "USER-SUPPLIED VALUES:\n" + (config == null ? "null\n" : GoYaml.toYaml(config));
            };
        }
    }
}
