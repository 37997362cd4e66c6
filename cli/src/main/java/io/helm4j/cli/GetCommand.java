package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Status;
import io.helm4j.action.StatusOptions;
import io.helm4j.release.Release;
import io.helm4j.yaml.GoYaml;
import java.io.PrintWriter;

/**
 * {@code helm4j get all|values|manifest|notes|hooks|metadata RELEASE_NAME}: one part of a stored release, printed as Helm 4
 * prints it ({@code get all --template} executes a Go template over {@code .Release}, as Helm's).
 */
public final class GetCommand extends HelmCommand<Void> {
    GetCommand() {
        super("get", "download extended information of a named release");
        subcommand(new Part("all", "download all information for a named release", false));
        subcommand(new Part("hooks", "download all hooks for a named release", false));
        subcommand(new Part("manifest", "download the manifest for a named release", false));
        subcommand(new Part("metadata", "This command fetches metadata for a given release", false));
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
        private final Flag<String> template;

        Part(String part, String shortText, boolean values) {
            super(part + " RELEASE_NAME", shortText);
            this.part = part;
            all = values ? flags.bool("-a, --all", "dump all (computed) values", null) : null;
            output = values || part.equals("metadata") ? OutputFormat.flag(flags) : null;
            revision = flags.integer("--revision", Flag.Kind.INT, 0, part.equals("metadata") ? "specify release revision"
                    : "get the named release with revision", null);
            template = part.equals("all") ? flags.string("--template", "go template for formatting the output, eg: "
                    + "{{.Release.Name}}", null) : null;
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
                case "all" -> {
                    if (template.value() != null && !template.value().isEmpty()) {
                        // Helm's tpl: text/template without Sprig, over {"Release": *release.Release}
                        StringBuilder sb = new StringBuilder();
                        io.helm4j.gotemplate.Template.create("_").parse(template.value())
                                .execute(io.helm4j.release.ReleaseTemplateData.of(r), sb);
                        out.print(sb);
                    } else {
                        ReleasePrinter.printAll(out, r, computedValues(r));
                    }
                }
                case "metadata" -> out.print(MetadataPrinter.render(r, format));
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

        /** Helm's {@code CoalesceValues(rel.Chart, rel.Config)}: the stored chart's values under the user's. */
        static java.util.Map<String, Object> computedValues(Release r) {
            java.util.Map<String, Object> config = r.config() == null ? java.util.Map.of() : r.config();
            java.util.Map<String, Object> defaults = r.chart() == null || r.chart().values() == null ? java.util.Map.of()
                    : r.chart().values();
            return io.helm4j.values.Coalesce.coalesceTables(config, defaults, io.helm4j.events.EventSink.discard());
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
