package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helm4j.UsageException;
import io.helm4j.diff.ChangeType;
import io.helm4j.diff.DiffSettings;
import io.helm4j.events.Event;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.PatchType;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.WriteOptions;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import io.helm4j.values.ValueOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade --plan}: the plan is what the upgrade applies, and a plan that no longer holds is refused. */
class PlanUpgradeTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private final FakeKubeClient kube = new FakeKubeClient("ns1", clock);
    private final Storage storage = new Storage(new MemoryDriver());
    private final List<Event> events = new ArrayList<>();

    @TempDir
    Path dir;

    private ActionContext context() {
        return ActionContext.builder().clock(clock).workingDir(dir).kube(new ReadyKubeClient(kube)).storage(storage)
                .events(events::add).build();
    }

    @BeforeEach
    void install() throws IOException {
        new Install(context()).run(InstallOptions.builder().releaseName("web").chart(DiffTest.chart(dir).toString())
                .namespace("ns1").build());
        events.clear();
    }

    private UpgradeOptions upgrade(String... set) throws IOException {
        return UpgradeOptions.builder().releaseName("web").chart(DiffTest.chart(dir).toString()).namespace("ns1")
                .values(new ValueOptions(null, List.of(set), null, null, null, null)).build();
    }

    private UpgradePlan plan(UpgradeOptions o) {
        return new PlanUpgrade(context()).run(new PlanUpgradeOptions(o, DiffSettings.defaults())).plan();
    }

    private static ResourceRef configMap(String name) {
        return new ResourceRef(new GroupVersionKind("", "v1", "ConfigMap"), "ns1", name);
    }

    @Test
    void aPlanWritesNothingAndApplyingItRecordsExactlyThePlannedRevision() throws IOException {
        UpgradeOptions o = upgrade("greeting=hello", "extra=true");
        List<String> before = kube.operations();
        UpgradePlan plan = plan(o);
        assertThat(kube.operations().stream().skip(before.size())).noneMatch(op -> !op.contains("dry"));
        assertThat(storage.history("web")).hasSize(1);
        assertThat(plan.baseRevision()).isEqualTo(1);
        assertThat(plan.changes().changes()).extracting(c -> c.ref().name() + " " + c.type())
                .containsExactly("web-cm MODIFY", "web-extra ADD");
        assertThat(plan.resourceVersions()).containsKey(configMap("web-cm"))
                .containsEntry(new ResourceRef(new GroupVersionKind("", "v1", "ServiceAccount"), "ns1", "web-extra"), "")
                .doesNotContainKey(configMap("web-keep")); // kept: the upgrade leaves it alone
        assertThat(events).filteredOn(e -> e instanceof Event.Change).hasSize(2);

        UpgradeResult r = new Upgrade(context()).run(o.withPlan(plan));
        assertThat(r.release().version()).isEqualTo(2);
        assertThat(r.release().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(r.release().manifest()).isEqualTo(plan.target().manifest());
        assertThat(kube.get(configMap("web-cm")).orElseThrow().at("data", "greeting")).isEqualTo("hello");
    }

    @Test
    void anObjectEditedAfterThePlanIsNamedAndNothingIsApplied() throws IOException {
        UpgradeOptions o = upgrade("greeting=hello");
        UpgradePlan plan = plan(o);
        kube.patch(configMap("web-cm"), PatchType.MERGE, "{\"data\":{\"greeting\":\"by hand\"}}", WriteOptions.helm());

        PlanOutdatedException e = assertThrows(PlanOutdatedException.class,
                () -> new Upgrade(context()).run(o.withPlan(plan)));
        assertThat(e.getMessage()).contains("ConfigMap \"web-cm\" in namespace \"ns1\" (changed since the plan: "
                + "resourceVersion ").contains("nothing was applied, make a new plan");
        assertThat(e.changed()).extracting(c -> c.ref().name()).containsExactly("web-cm");
        assertThat(storage.history("web")).hasSize(1);
        assertThat(kube.get(configMap("web-cm")).orElseThrow().at("data", "greeting")).isEqualTo("by hand");
    }

    @Test
    void anObjectCreatedOrDeletedAfterThePlanIsNamed() throws IOException {
        UpgradeOptions o = upgrade("extra=true");
        UpgradePlan plan = plan(o);
        kube.delete(configMap("web-cm"), io.helm4j.kube.DeleteOptions.background());
        PlanOutdatedException e = assertThrows(PlanOutdatedException.class,
                () -> new Upgrade(context()).run(o.withPlan(plan)));
        assertThat(e.getMessage()).contains("ConfigMap \"web-cm\" in namespace \"ns1\" (deleted since the plan)");
    }

    @Test
    void aNewRevisionAfterThePlanRefusesIt() throws IOException {
        UpgradeOptions o = upgrade("greeting=hello");
        UpgradePlan plan = plan(o);
        new Upgrade(context()).run(upgrade("greeting=other"));
        PlanOutdatedException e = assertThrows(PlanOutdatedException.class,
                () -> new Upgrade(context()).run(o.withPlan(plan)));
        assertThat(e.getMessage()).isEqualTo("the plan no longer holds: release \"web\" is at revision 2, the plan "
                + "was made at revision 1; nothing was applied, make a new plan");
        assertThat(storage.history("web")).hasSize(2);
    }

    @Test
    void aPlanIsNotADryRunAndBelongsToItsRelease() throws IOException {
        UpgradePlan plan = plan(upgrade());
        assertThrows(UsageException.class, () -> new PlanUpgradeOptions(UpgradeOptions.builder().releaseName("web")
                .chart("c").dryRun(DryRun.SERVER).build(), null));
        assertThrows(UsageException.class, () -> UpgradeOptions.builder().releaseName("other").chart("c").plan(plan)
                .build());
    }

    private UpgradeOptions installing(String name) throws IOException {
        return UpgradeOptions.builder().releaseName(name).chart(DiffTest.chart(dir).toString()).namespace("ns1")
                .install(true).build();
    }

    @Test
    void withInstallAMissingReleaseIsPlannedAsAnInstallEveryObjectAnAdditionAndInstalledExactly() throws IOException {
        UpgradeOptions o = installing("fresh");
        List<String> before = kube.operations();
        UpgradePlan plan = plan(o);
        assertThat(kube.operations().stream().skip(before.size())).noneMatch(op -> !op.contains("dry"));
        assertThat(UpgradeTarget.history(storage, "fresh")).isEmpty();
        assertThat(plan.installs()).isTrue();
        assertThat(plan.baseRevision()).isZero();
        assertThat(plan.target().version()).isEqualTo(1);
        assertThat(plan.changes().changes()).extracting(c -> c.ref().name() + " " + c.type())
                .containsExactly("fresh-cm ADD", "fresh-keep ADD", "fresh-secret ADD");
        assertThat(plan.changes().changes().get(0).after()).contains("meta.helm.sh/release-name: fresh");
        assertThat(plan.resourceVersions()).hasSize(3).containsEntry(configMap("fresh-cm"), "");

        UpgradeResult r = new Upgrade(context()).run(o.withPlan(plan));
        assertThat(r.installed()).isTrue();
        assertThat(r.release().version()).isEqualTo(1);
        assertThat(r.release().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(r.release().manifest()).isEqualTo(plan.target().manifest());
        assertThat(kube.get(configMap("fresh-cm")).orElseThrow().at("data", "greeting")).isEqualTo("hi");
        assertThat(storage.history("fresh")).hasSize(1);
    }

    @Test
    void anObjectThatAppearedAfterAnInstallPlanRefusesItNamingTheObject() throws IOException {
        UpgradeOptions o = installing("fresh");
        UpgradePlan plan = plan(o);
        kube.create(new io.helm4j.kube.Resource(java.util.Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", java.util.Map.of("name", "fresh-cm", "namespace", "ns1"))), WriteOptions.helm());
        PlanOutdatedException e = assertThrows(PlanOutdatedException.class,
                () -> new Upgrade(context()).run(o.withPlan(plan)));
        assertThat(e.getMessage()).isEqualTo("the plan no longer holds: 1 object changed on the cluster since it was "
                + "made: ConfigMap \"fresh-cm\" in namespace \"ns1\" (created since the plan); nothing was applied, "
                + "make a new plan");
        assertThat(UpgradeTarget.history(storage, "fresh")).isEmpty();
        assertThat(kube.get(configMap("fresh-secret"))).isEmpty();
    }

    @Test
    void aReleaseInstalledAfterAnInstallPlanRefusesIt() throws IOException {
        UpgradeOptions o = installing("fresh");
        UpgradePlan plan = plan(o);
        new Upgrade(context()).run(installing("fresh"));
        PlanOutdatedException e = assertThrows(PlanOutdatedException.class,
                () -> new Upgrade(context()).run(o.withPlan(plan)));
        assertThat(e.getMessage()).isEqualTo("the plan no longer holds: release \"fresh\" is at revision 1, the plan "
                + "was made at no revision; nothing was applied, make a new plan");
        assertThat(storage.history("fresh")).hasSize(1);
    }

    @Test
    void anExistingReleaseWithInstallIsPlannedAsAnUpgrade() throws IOException {
        UpgradePlan plan = plan(UpgradeOptions.builder().releaseName("web").chart(DiffTest.chart(dir).toString())
                .namespace("ns1").install(true).build());
        assertThat(plan.installs()).isFalse();
        assertThat(plan.baseRevision()).isEqualTo(1);
    }
}
