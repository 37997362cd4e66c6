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
    private static final Path GOLDEN_JSON = Path.of("src/test/resources/golden/upgrade-plan.json");
    private static final Path GOLDEN_YAML = Path.of("src/test/resources/golden/upgrade-plan.yaml");

    private static UpgradePlan plan(ChangeSet changes) {
        Release target = new Release("web", null, null, Map.of(), "", List.of(), 3, "ns1", Map.of(), "ssa", null);
        return new UpgradePlan("web", "ns1", 2, target, changes, Map.of());
    }

    /** The plan of the golden files: a changed ConfigMap with a conflict, a removed one, an added Secret. */
    private static ChangeSet goldenChanges() {
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
        return new ChangeSet(all);
    }

    @Test
    void thePlanIsTheDiffWithItsSummaryConflictsAndTheRevisionItRecords() throws IOException {
        String out = UpgradePlanPrompt.render(plan(goldenChanges()));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, out);
        }
        assertThat(out).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8)).doesNotContain("s3cret")
                .contains("Plan: 1 to add, 1 to change, 1 to destroy", "1 field is owned by another manager",
                        "Applying it records revision 3 of release \"web\" (the plan was made at revision 2).\n");
    }

    /** {@code -o json|yaml}: the plan for machines (golden files), with the counts, fields and conflicts. */
    @Test
    void forMachinesThePlanIsOneTreeWithItsCountsFieldsAndConflicts() throws IOException {
        Map<String, Object> tree = UpgradePlanPrompt.tree(plan(goldenChanges()));
        String json = io.helm4j.yaml.GoYaml.toJson(Map.of("plan", tree)) + "\n";
        String yaml = io.helm4j.yaml.GoYaml.toYaml(Map.of("plan", tree));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN_JSON, json);
            Files.writeString(GOLDEN_YAML, yaml);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN_JSON, StandardCharsets.UTF_8)).doesNotContain("s3cret");
        assertThat(yaml).isEqualTo(Files.readString(GOLDEN_YAML, StandardCharsets.UTF_8)).doesNotContain("s3cret");
        assertThat(tree).containsEntry("baseRevision", 2).containsEntry("revision", 3).containsEntry("install", false)
                .containsEntry("summary", Map.of("add", 1L, "change", 1L, "destroy", 1L)).containsEntry("conflicts", 1);
        assertThat(io.helm4j.yaml.GoYaml.load(json)).isInstanceOf(Map.class);
    }

    @Test
    void anInstallPlanSaysItInstalls() {
        Release fresh = new Release("web", new io.helm4j.release.ReleaseInfo(null, null, null, "",
                io.helm4j.release.ReleaseStatus.PENDING_INSTALL, 0, "", null), null, Map.of(), "", List.of(), 1, "ns1",
                Map.of(), "ssa", null);
        UpgradePlan install = new UpgradePlan("web", "ns1", 0, fresh, new ChangeSet(List.of()), Map.of());
        assertThat(UpgradePlanPrompt.render(install)).endsWith("Applying it installs release \"web\" as revision 1 "
                + "(the release does not exist yet).\n");
        assertThat(UpgradePlanPrompt.tree(install)).containsEntry("install", true).containsEntry("baseRevision", 0);
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
