package io.helm4j.cli;

import io.helm4j.action.Drift;
import io.helm4j.action.DriftOptions;
import io.helm4j.action.DriftResult;
import io.helm4j.diff.DriftFormat;
import io.helm4j.diff.DriftRule;
import io.helm4j.kube.ResourceRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code helm4j drift RELEASE} (beyond Helm): the fields of the release's objects that differ from what it
 * applied and who changed them, objects deleted by hand, and objects with its ownership metadata that it no
 * longer lists. {@code --correct} prints that plan, then re-applies the release's manifest server-side (with
 * force, ignored fields left as they are) and prints what is left. With {@code --detailed-exitcode}: 0 in sync,
 * 2 drift (left after {@code --correct}), 1 an error.
 */
public final class DriftCommand extends HelmCommand<Void> {
    private final Flag<String> output;
    private final Flag<Boolean> correct;
    private final Flag<List<String>> ignore;
    private final Flag<Boolean> noBuiltIn;
    private final Flag<Boolean> showSecrets;
    private final Flag<Integer> revision;
    private final Flag<Boolean> detailedExitcode;

    DriftCommand() {
        super("drift RELEASE_NAME", "show the fields of a release's objects changed outside Helm (beyond Helm)");
        output = OutputFormat.flag(flags);
        correct = flags.bool("--correct", "re-apply the release's manifest server-side to take the drifted fields "
                + "and deleted objects back (prints the plan first)", null);
        ignore = flags.stringArray("--ignore", "ignore a field: KIND[/NAME]:PATH, such as "
                + "Deployment/web:.spec.replicas (can specify multiple)", null);
        noBuiltIn = flags.bool("--no-builtin-ignores", "do not ignore the fields controllers own by design (replicas "
                + "under a HorizontalPodAutoscaler, injected CA bundles)", null);
        showSecrets = flags.bool("--show-secrets", "do not redact secret values in the output", null);
        revision = flags.integer("--revision", Flag.Kind.INT, 0, "compare with this revision (default: the "
                + "deployed one)", null);
        detailedExitcode = flags.bool("--detailed-exitcode", "return a non-zero exit code when there is drift: "
                + "0 in sync, 2 drift, 1 an error", null);
    }

    @Override
    int execute() {
        try {
            return run();
        } catch (RuntimeException e) {
            if (Boolean.TRUE.equals(detailedExitcode.value()) && e instanceof io.helm4j.Helm4jException h
                    && h.exitCode() != io.helm4j.Helm4jException.EXIT_FAILURE) {
                throw new io.helm4j.Helm4jException(h.getMessage(), h);
            }
            throw e;
        }
    }

    private int run() {
        flags.check();
        HelmArgs.exactly(this, 1);
        String format = OutputFormat.parse(output.value()).flagValue();
        List<DriftRule> rules = new ArrayList<>();
        ignore.value().forEach(r -> rules.add(DriftRule.parse(r)));
        boolean fix = Boolean.TRUE.equals(correct.value());
        DriftOptions o = new DriftOptions(args.get(0), settings().namespace(), revision.value(), fix, rules,
                !Boolean.TRUE.equals(noBuiltIn.value()), true, Boolean.TRUE.equals(showSecrets.value()));
        DriftResult r = new Drift(SdkContext.withCluster(spec).build()).run(o);
        PrintWriter w = out();
        w.print(render(r, format));
        w.flush();
        boolean left = r.after() != null ? r.after().drifted() : r.report().drifted();
        return left && Boolean.TRUE.equals(detailedExitcode.value()) ? 2 : 0;
    }

    static String render(DriftResult r, String format) {
        if (r.after() == null) {
            return DriftFormat.render(r.report(), format);
        }
        if (format.equals("table")) {
            StringBuilder sb = new StringBuilder("PLAN:\n").append(DriftFormat.render(r.report(), format))
                    .append("\nCORRECTED:\n");
            r.corrected().forEach(ref -> sb.append(name(ref)).append(": re-applied\n"));
            return sb.append("\nAFTER:\n").append(DriftFormat.render(r.after(), format)).toString();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", DriftFormat.tree(r.report()));
        List<Object> refs = new ArrayList<>();
        r.corrected().forEach(ref -> refs.add(Map.of("apiVersion", ref.gvk().apiVersion(), "kind", ref.gvk().kind(),
                "namespace", ref.namespace(), "name", ref.name())));
        m.put("corrected", refs);
        m.put("after", DriftFormat.tree(r.after()));
        return format.equals("json") ? io.helm4j.yaml.GoYaml.toJson(m) + "\n" : io.helm4j.yaml.GoYaml.toYaml(m);
    }

    private static String name(ResourceRef ref) {
        return ref.gvk().kind() + "/" + ref.name();
    }
}
