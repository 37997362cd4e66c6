package io.helm4j.cli;

import io.helm4j.action.DryRun;
import io.helm4j.action.ServerSide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags and flag values the release commands (install, upgrade, rollback) share, declared once with
 * Helm's texts: {@code --dry-run} (Helm's {@code addDryRunFlag}), {@code --server-side} of upgrade and
 * rollback, {@code --history-max}, and how their values become options.
 */
final class ReleaseFlags {
    private ReleaseFlags() {
    }

    /** Helm's {@code addDryRunFlag}: {@code --dry-run[=client|server|none]}. */
    static Flag<String> dryRun(Flags<?> flags) {
        return flags.string("--dry-run", "simulates the operation without persisting changes. Must be one of: "
                + "\"none\" (default), \"client\", or \"server\". '--dry-run=none' executes the operation normally and "
                + "persists changes (no simulation). '--dry-run=client' simulates the operation client-side only and "
                + "avoids cluster connections. '--dry-run=server' simulates the operation on the server, requiring "
                + "cluster connectivity.", null).noOptDefVal("unset").defValue("none");
    }

    /** The {@code --dry-run} value as an option ({@code --dry-run} alone is client). */
    static DryRun dryRun(Flag<String> flag) {
        String dr = flag.value();
        return dr == null ? DryRun.NONE : DryRun.parse("unset".equals(dr) ? "client" : dr);
    }

    /** As {@link #dryRun(Flag)}, with Helm's warning when {@code --dry-run} is given without a value. */
    static DryRun dryRun(Flag<String> flag, java.io.PrintWriter err) {
        if ("unset".equals(flag.value())) {
            err.println("level=WARN msg=\"--dry-run is deprecated and should be replaced with '--dry-run=client'\"");
            err.flush();
        }
        return dryRun(flag);
    }

    /** Helm 4's status printer shows hooks and manifests for a dry run's result ("Dry run complete") or with --debug. */
    static boolean showsManifests(io.helm4j.release.Release r, boolean debug) {
        return debug || r.info() != null && r.info().description().equalsIgnoreCase("Dry run complete");
    }

    /** {@code --server-side} of upgrade and rollback: a string, {@code auto} by default. */
    static Flag<String> serverSide(Flags<?> flags) {
        return flags.string("--server-side", "must be \"true\", \"false\" or \"auto\". Object updates run in the server "
                + "instead of the client (\"auto\" defaults the value from the previous chart release's method)", null)
                .defValue("auto");
    }

    static ServerSide serverSide(Flag<String> flag) {
        return ServerSide.parse(flag.value() == null ? "auto" : flag.value());
    }

    /** {@code --history-max}, defaulting to {@code HELM_MAX_HISTORY} (10) as Helm's settings do. */
    static Flag<Integer> historyMax(Flags<?> flags) {
        // null unless given: the storage then keeps HELM_MAX_HISTORY's limit
        return flags.add(new Flag<Integer>("--history-max", Flag.Kind.INT, "limit the maximum number of revisions "
                + "saved per release. Use 0 for no limit", null), null).defValue(ctx -> {
                    String env = ctx.env().get("HELM_MAX_HISTORY");
                    return env == null || env.isEmpty() ? "10" : env;
                });
    }

    /** {@code --history-max} when given, else the settings' ({@code HELM_MAX_HISTORY}, or 10). */
    static Integer historyMax(Flag<Integer> flag, io.helm4j.settings.HelmSettings settings) {
        return flag.value() != null ? flag.value() : settings.maxHistory();
    }

    /** {@code -l k=v,...} as an ordered map. */
    static Map<String, String> labels(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        if (pairs != null) {
            for (String p : pairs) {
                int eq = p.indexOf('=');
                out.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        return out;
    }

    static boolean on(Flag<Boolean> f) {
        return f != null && Boolean.TRUE.equals(f.value());
    }
}
