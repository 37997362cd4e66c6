package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.diff.DriftRule;
import java.util.List;

/**
 * What {@code helm4j drift} takes: the release, its namespace ("" for the client's), the revision to compare
 * with (0: the deployed one, else the last), whether to take the drifted fields back ({@code correct}), the
 * user's ignore rules (added to the built-in ones unless {@code builtInRules} is false), whether objects with
 * the release's ownership metadata that it no longer lists are looked for, and whether Secret values are shown.
 */
public record DriftOptions(String name, String namespace, int revision, boolean correct, List<DriftRule> rules,
        boolean builtInRules, boolean findOrphans, boolean showSecrets) {
    public DriftOptions {
        if (name == null || name.isEmpty()) {
            throw new UsageException("release name is required");
        }
        namespace = namespace == null ? "" : namespace;
        if (revision < 0) {
            throw new UsageException("--revision cannot be negative");
        }
        if (correct && revision > 0) {
            throw new UsageException("--correct re-applies the deployed revision; it does not take --revision");
        }
        rules = List.copyOf(rules == null ? List.of() : rules);
    }

    /** The release's drift, built-in rules on, orphans looked for, Secrets masked, nothing corrected. */
    public static DriftOptions check(String name, String namespace) {
        return new DriftOptions(name, namespace, 0, false, List.of(), true, true, false);
    }

    public DriftOptions withCorrect(boolean c) {
        return new DriftOptions(name, namespace, revision, c, rules, builtInRules, findOrphans, showSecrets);
    }

    public DriftOptions withRules(List<DriftRule> r) {
        return new DriftOptions(name, namespace, revision, correct, r, builtInRules, findOrphans, showSecrets);
    }
}
