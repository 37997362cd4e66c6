package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helm4j.Helm4jException;
import io.helm4j.action.UpgradePlan;
import io.helm4j.diff.ChangeSet;
import io.helm4j.diff.ChangeSetEngine;
import io.helm4j.diff.DiffSettings;
import io.helm4j.diff.FieldConflict;
import io.helm4j.diff.ResourceChange;
import io.helm4j.release.Release;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code upgrade --plan} prints before it asks (a golden file of helm4j's own output, regenerated with
 * {@code -Dgolden.update=true}), and its confirmation without a terminal.
 */
class UpgradePlanPromptTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/upgrade-plan.txt");

    private static UpgradePlan plan(ChangeSet changes) {
        Release target = new Release("web", null, null, Map.of(), "", List.of(), 3, "ns1", Map.of(), "ssa", null);
        return new UpgradePlan("web", "ns1", 2, target, changes, Map.of());
    }

    @Test
    void thePlanIsTheDiffWithItsSummaryConflictsAndTheRevisionItRecords() throws IOException {
        ChangeSet set = ChangeSetEngine.manifests(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-cm\ndata:\n  greeting: hi\n---\n"
                        + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-old\n",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-cm\ndata:\n  greeting: hello\n---\n"
                        + "apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-secret\nstringData:\n  password: s3cret\n",
                "ns1", DiffSettings.defaults());
        ResourceChange cm = set.changes().get(0);
        ResourceChange withConflict = new ResourceChange(cm.ref(), cm.type(), cm.before(), cm.after(), cm.fields(),
                List.of(new FieldConflict("kubectl-edit", ".data.greeting")), false);
        List<ResourceChange> all = new java.util.ArrayList<>(set.changes());
        all.set(0, withConflict);
        String out = UpgradePlanPrompt.render(plan(new ChangeSet(all)));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, out);
        }
        assertThat(out).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8)).doesNotContain("s3cret")
                .contains("Plan: 1 to add, 1 to change, 1 to destroy", "1 field is owned by another manager",
                        "Applying it records revision 3 of release \"web\" (the plan was made at revision 2).\n");
    }

    @Test
    void aPlanWithoutChangesSaysSo() {
        assertThat(UpgradePlanPrompt.render(plan(new ChangeSet(List.of())))).isEqualTo(
                "No changes to the release's objects.\nPlan: 0 to add, 0 to change, 0 to destroy, 0 to change "
                        + "ownership.\nApplying it records revision 3 of release \"web\" (the plan was made at "
                        + "revision 2).\n");
    }

    @Test
    void withoutATerminalOnlyYesApplies() {
        StringWriter err = new StringWriter();
        assertThat(UpgradePlanPrompt.confirm(true, null, new PrintWriter(err))).isTrue();
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> UpgradePlanPrompt.confirm(false, null, new PrintWriter(err)));
        assertThat(e.getMessage()).isEqualTo("upgrade --plan: no terminal to confirm the plan on, so nothing was "
                + "applied; pass --yes to apply the plan without asking");
        assertThat(err.toString()).isEmpty();
    }
}
