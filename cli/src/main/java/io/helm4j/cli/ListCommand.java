package io.helm4j.cli;

import io.helm4j.action.ListReleases;
import io.helm4j.action.ListReleasesOptions;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.yaml.GoYaml;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code helm4j list}: the releases of a namespace (or of all), in Helm 4's table, JSON or YAML. */
public final class ListCommand extends HelmCommand<Void> {
    private final Flag<Boolean> allNamespaces;
    private final Flag<Boolean> byDate;
    private final Map<ReleaseStatus, Flag<Boolean>> states = new LinkedHashMap<>();
    private final Flag<String> filter;
    private final Flag<Integer> max;
    private final Flag<Boolean> noHeaders;
    private final Flag<Integer> offset;
    private final Flag<String> output;
    private final Flag<Boolean> reverse;
    private final Flag<Boolean> shortOutput;
    private final Flag<String> timeFormat;

    ListCommand() {
        super("list", "list releases", "ls");
        allNamespaces = flags.bool("-A, --all-namespaces", "list releases across all namespaces", null);
        byDate = flags.bool("-d, --date", "sort by release date", null);
        states.put(ReleaseStatus.DEPLOYED, flags.bool("--deployed", "show deployed releases", null));
        states.put(ReleaseStatus.FAILED, flags.bool("--failed", "show failed releases", null));
        filter = flags.string("-f, --filter", "a regular expression (Perl compatible). Any releases that match the "
                + "expression will be included in the results", null);
        max = flags.integer("-m, --max", Flag.Kind.INT, 256, "maximum number of releases to fetch", null);
        noHeaders = flags.bool("--no-headers", "don't print headers when using the default output format", null);
        offset = flags.integer("--offset", Flag.Kind.INT, 0, "next release index in the list, used to offset from "
                + "start value", null);
        output = OutputFormat.flag(flags);
        states.put(ReleaseStatus.PENDING_INSTALL, flags.bool("--pending", "show pending releases", null));
        reverse = flags.bool("-r, --reverse", "reverse the sort order", null);
        flags.string("-l, --selector", "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l "
                + "key1=value1,key2=value2). Works only for secret(default) and configmap storage backends.", null);
        shortOutput = flags.bool("-q, --short", "output short (quiet) listing format", null);
        states.put(ReleaseStatus.SUPERSEDED, flags.bool("--superseded", "show superseded releases", null));
        timeFormat = flags.string("--time-format", "format time using golang time formatter. Example: --time-format "
                + "\"2006-01-02 15:04:05Z0700\"", null);
        states.put(ReleaseStatus.UNINSTALLED, flags.bool("--uninstalled", "show uninstalled releases (if 'helm "
                + "uninstall --keep-history' was used)", null));
        states.put(ReleaseStatus.UNINSTALLING, flags.bool("--uninstalling", "show releases that are currently being "
                + "uninstalled", null));
    }

    @Override
    boolean takesArguments() {
        return true;
    }

    @Override
    int execute() {
        flags.check();
        HelmArgs.none(this);
        String format = OutputFormat.parse(output.value()).flagValue();
        List<Release> releases = new ListReleases(SdkContext.withCluster(spec).build()).run(new ListReleasesOptions(
                settings().namespace(), on(allNamespaces), stateMask(), filter.value(), on(byDate), on(reverse),
                max.value(), offset.value())).releases();
        out().print(render(releases, format));
        out().flush();
        return 0;
    }

    private Set<ReleaseStatus> stateMask() {
        Set<ReleaseStatus> mask = EnumSet.noneOf(ReleaseStatus.class);
        states.forEach((s, f) -> {
            if (on(f)) {
                mask.add(s);
                if (s == ReleaseStatus.PENDING_INSTALL) {
                    mask.add(ReleaseStatus.PENDING_UPGRADE);
                    mask.add(ReleaseStatus.PENDING_ROLLBACK);
                }
            }
        });
        return mask;
    }

    private static boolean on(Flag<Boolean> f) {
        return Boolean.TRUE.equals(f.value());
    }

    private String render(List<Release> releases, String format) {
        if (on(shortOutput)) {
            List<String> names = releases.stream().map(Release::name).toList();
            return switch (format) {
                case "json" -> GoYaml.toJson(names) + "\n";
                case "yaml" -> GoYaml.toYaml(names);
                default -> names.isEmpty() ? "" : String.join("\n", names) + "\n";
            };
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Release r : releases) {
            rows.add(element(r));
        }
        return switch (format) {
            case "json" -> json(rows) + "\n";
            case "yaml" -> GoYaml.toYaml(rows);
            default -> table(rows);
        };
    }

    private Map<String, Object> element(Release r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("namespace", r.namespace());
        m.put("revision", Integer.toString(r.version()));
        String tf = timeFormat.value();
        var deployed = r.info() == null ? null : r.info().lastDeployed();
        m.put("updated", tf == null || tf.isEmpty() || deployed == null ? GoTimes.string(deployed)
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deployed));
        m.put("status", r.status() == null ? "" : r.status().label());
        var meta = r.chart() == null ? null : r.chart().metadata();
        m.put("chart", meta == null ? "MISSING" : meta.name() + "-" + meta.version());
        m.put("app_version", meta == null || meta.appVersion() == null ? "MISSING" : meta.appVersion());
        return m;
    }

    private static String json(List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            sb.append(i > 0 ? ",{" : "{");
            int j = 0;
            for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
                sb.append(j++ > 0 ? "," : "").append(GoYaml.toJson(e.getKey())).append(':')
                        .append(GoYaml.toJson(e.getValue()));
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    private String table(List<Map<String, Object>> rows) {
        TablePrinter t = new TablePrinter();
        if (!on(noHeaders)) {
            t.row("NAME", "NAMESPACE", "REVISION", "UPDATED", "STATUS", "CHART", "APP VERSION");
        }
        for (Map<String, Object> m : rows) {
            t.row(m.values().stream().map(String::valueOf).toArray(String[]::new));
        }
        return rows.isEmpty() && on(noHeaders) ? "" : t.render();
    }
}
