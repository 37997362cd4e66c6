package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.UpgradePlan;
import io.helm4j.diff.ChangeSet;
import io.helm4j.diff.ChangeSetFormat;
import io.helm4j.diff.ChangeType;
import java.io.Console;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code upgrade --plan} on the command line (beyond Helm): the plan printed as {@code helm4j diff upgrade}
 * prints it (Secret values masked), with its one-line summary; then the confirmation. On a terminal the user
 * types {@code yes} (or {@code y}) to apply it; anything else cancels. Without a terminal (a script, CI) the
 * plan is only applied with {@code --yes}, else the command fails having applied nothing, so a pipeline never
 * hangs on a prompt nor applies a plan nobody read.
 */
final class UpgradePlanPrompt {
    private UpgradePlanPrompt() {
    }

    /** The plan as the user reads it: the changes (diff format), then {@code Plan: N to add, ...}. */
    static String render(UpgradePlan plan) {
        String simple = ChangeSetFormat.render(plan.changes(), "simple", -1);
        String summary = simple.substring(simple.lastIndexOf("Plan: "));
        String body = plan.changes().hasChanges() ? ChangeSetFormat.render(plan.changes(), "diff", -1)
                : "No changes to the release's objects.\n";
        int conflicts = plan.changes().conflicts().size();
        String warn = conflicts == 0 ? "" : conflicts + (conflicts == 1 ? " field is" : " fields are") + " owned by "
                + "another manager (marked ! above): the apply takes them only with --force-conflicts.\n";
        String records = plan.installs() && plan.baseRevision() == 0
                ? "Applying it installs release \"" + plan.release() + "\" as revision " + plan.target().version()
                        + " (the release does not exist yet).\n"
                : "Applying it " + (plan.installs() ? "installs again, recording" : "records") + " revision "
                        + plan.target().version() + " of release \"" + plan.release() + "\" (the plan was made at revision "
                        + plan.baseRevision() + ").\n";
        return body + summary + warn + records;
    }

    /**
     * The plan for machines ({@code -o json|yaml}): the release, namespace, the revision it was made at and the one
     * it records, whether it installs, the counts of the summary line, and each change as {@code diff -o structured}
     * shows it (fields with Secret values masked, conflicts with their manager).
     */
    static Map<String, Object> tree(UpgradePlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", plan.release());
        m.put("namespace", plan.namespace());
        m.put("baseRevision", plan.baseRevision());
        m.put("revision", plan.target().version());
        m.put("install", plan.installs());
        ChangeSet set = plan.changes();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("add", set.count(ChangeType.ADD));
        summary.put("change", set.count(ChangeType.MODIFY) + set.count(ChangeType.REPLACE));
        summary.put("destroy", set.count(ChangeType.REMOVE));
        m.put("summary", summary);
        m.put("conflicts", set.conflicts().size());
        m.put("changes", ChangeSetFormat.structuredTree(set));
        return m;
    }

    /**
     * Whether to apply: {@code yes} given, or the user's answer on {@code console}; without a terminal, a failure.
     *
     * @param console the terminal, or null when there is none
     */
    static boolean confirm(boolean yes, Console console, PrintWriter err) {
        if (yes) {
            return true;
        }
        if (console == null) {
            throw new Helm4jException("upgrade --plan: no terminal to confirm the plan on, so nothing was applied; "
                    + "pass --yes to apply the plan without asking");
        }
        String answer = console.readLine("Apply this plan? Only 'yes' applies it: ");
        boolean ok = answer != null && (answer.strip().toLowerCase(Locale.ROOT).equals("yes")
                || answer.strip().toLowerCase(Locale.ROOT).equals("y"));
        if (!ok) {
            err.println("Upgrade cancelled: the plan was not applied.");
            err.flush();
        }
        return ok;
    }

    /** The terminal, if the standard input and output are one. */
    static Console terminal() {
        Console c = System.console();
        return c != null && c.isTerminal() ? c : null;
    }
}
