package io.helm4j.cli;

import io.helm4j.action.History;
import io.helm4j.action.HistoryOptions;
import io.helm4j.release.Release;
import io.helm4j.yaml.GoYaml;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code helm4j history RELEASE_NAME}: the revisions of a release, in Helm 4's table, JSON or YAML. */
public final class HistoryCommand extends HelmCommand<Void> {
    /** Go's {@code time.ANSIC}: {@code Mon Jan _2 15:04:05 2006}. */
    private static final DateTimeFormatter ANSIC = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.ROOT);

    private final Flag<Integer> max;
    private final Flag<String> output;
    private final Flag<Boolean> showRollback;

    HistoryCommand() {
        super("history RELEASE_NAME", "fetch release history", "hist");
        max = flags.integer("--max", Flag.Kind.INT, 256, "maximum number of revision to include in history", null);
        output = OutputFormat.flag(flags);
        showRollback = flags.bool("--show-rollback-revision", "show the rollback revision column in table output",
                null);
    }

    @Override
    int execute() {
        flags.check();
        HelmArgs.exactly(this, 1);
        String format = OutputFormat.parse(output.value()).flagValue();
        List<Release> revisions = new History(SdkContext.withCluster(spec).build())
                .run(new HistoryOptions(args.get(0), settings().namespace(), max.value())).revisions();
        out().print(render(revisions, format, Boolean.TRUE.equals(showRollback.value())));
        out().flush();
        return 0;
    }

    static String render(List<Release> revisions, String format, boolean rollbackColumn) {
        return switch (format) {
            case "json" -> json(revisions) + "\n";
            case "yaml" -> revisions.isEmpty() ? "[]\n" : GoYaml.toYaml(rows(revisions));
            default -> table(revisions, rollbackColumn);
        };
    }

    private static List<Map<String, Object>> rows(List<Release> revisions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Release r : revisions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("revision", r.version());
            OffsetDateTime t = deployed(r);
            if (t != null) {
                m.put("updated", GoTimes.rfc3339Nano(t));
            }
            m.put("status", r.status() == null ? "" : r.status().label());
            m.put("chart", chart(r));
            m.put("app_version", appVersion(r));
            if (rollback(r) != 0) {
                m.put("rollback_revision", rollback(r));
            }
            m.put("description", description(r));
            rows.add(m);
        }
        return rows;
    }

    private static String json(List<Release> revisions) {
        if (revisions.isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[");
        for (Map<String, Object> row : rows(revisions)) {
            sb.append(sb.length() > 1 ? ",{" : "{");
            int j = 0;
            for (Map.Entry<String, Object> e : row.entrySet()) {
                sb.append(j++ > 0 ? "," : "").append(GoYaml.toJson(e.getKey())).append(':')
                        .append(GoYaml.toJson(e.getValue()));
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    private static String table(List<Release> revisions, boolean rollbackColumn) {
        TablePrinter t = new TablePrinter();
        List<String> head = new ArrayList<>(List.of("REVISION", "UPDATED", "STATUS", "CHART", "APP VERSION",
                "DESCRIPTION"));
        if (rollbackColumn) {
            head.add(5, "ROLLBACK");
        }
        t.row(head.toArray(String[]::new));
        for (Release r : revisions) {
            OffsetDateTime d = deployed(r);
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.version()),
                    d == null ? "Mon Jan  1 00:00:00 0001" : ANSIC.format(d),
                    r.status() == null ? "" : r.status().label(), chart(r), appVersion(r), description(r)));
            if (rollbackColumn) {
                row.add(5, rollback(r) == 0 ? "" : Integer.toString(rollback(r)));
            }
            t.row(row.toArray(String[]::new));
        }
        return t.render();
    }

    private static int rollback(Release r) {
        return r.info() == null ? 0 : r.info().rollbackRevision();
    }

    private static String description(Release r) {
        return r.info() == null || r.info().description() == null ? "" : r.info().description();
    }

    private static OffsetDateTime deployed(Release r) {
        return r.info() == null ? null : r.info().lastDeployed();
    }

    private static String chart(Release r) {
        var meta = r.chart() == null ? null : r.chart().metadata();
        return meta == null ? "MISSING" : meta.name() + "-" + meta.version();
    }

    private static String appVersion(Release r) {
        var meta = r.chart() == null ? null : r.chart().metadata();
        return meta == null || meta.appVersion() == null ? "MISSING" : meta.appVersion();
    }
}
