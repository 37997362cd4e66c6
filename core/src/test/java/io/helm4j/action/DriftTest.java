package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helm4j.UsageException;
import io.helm4j.diff.DriftFormat;
import io.helm4j.diff.DriftReport;
import io.helm4j.diff.DriftRule;
import io.helm4j.diff.DriftState;
import io.helm4j.diff.ObjectDrift;
import io.helm4j.events.Event;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift on {@link FakeKubeClient}, which does not model field ownership (so no "changed by" here: see
 * {@code DriftClusterTest}): changed fields, deleted and orphaned objects, ignore rules, masking and the correction.
 */
class DriftTest {
    private static final GroupVersionKind DEPLOY = new GroupVersionKind("apps", "v1", "Deployment");
    private static final GroupVersionKind CM = new GroupVersionKind("", "v1", "ConfigMap");
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
        Path c = DiffTest.chart(dir);
        Files.writeString(c.resolve("templates/deploy.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                + "  name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n"
                + "      - name: web\n        image: nginx:1\n");
        new Install(context()).run(InstallOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1")
                .build());
        events.clear();
    }

    private void edit(GroupVersionKind gvk, String name, String path, Object value) {
        Map<String, Object> o = kube.get(new ResourceRef(gvk, "ns1", name)).orElseThrow().mutableCopy();
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) o.get(path.split("\\.")[0]);
        at.put(path.split("\\.")[1], value);
        kube.apply(new Resource(o), new ApplyOptions("kubectl-edit", true, io.helm4j.kube.FieldValidation.STRICT, false));
    }

    private DriftReport drift() {
        return new Drift(context()).run(DriftOptions.check("web", "ns1")).report();
    }

    @Test
    void aReleaseAsInstalledHasNoDrift() {
        DriftReport r = drift();
        assertThat(r.drifted()).isFalse();
        assertThat(r.objects()).extracting(ObjectDrift::state).containsOnly(DriftState.IN_SYNC);
        assertThat(events).isEmpty();
    }

    @Test
    void reportsChangedFieldsAndObjectsDeletedByHand() {
        edit(DEPLOY, "web", "spec.replicas", 5L);
        kube.delete(new ResourceRef(CM, "ns1", "web-cm"), DeleteOptions.background());
        DriftReport r = drift();
        ObjectDrift deploy = r.objects().stream().filter(o -> o.ref().name().equals("web")).findFirst().orElseThrow();
        assertThat(deploy.state()).isEqualTo(DriftState.DRIFTED);
        assertThat(deploy.fields()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(".spec.replicas");
            assertThat(f.applied()).isEqualTo(2L);
            assertThat(f.live()).isEqualTo(5L);
        });
        assertThat(r.objects()).filteredOn(o -> o.ref().name().equals("web-cm")).extracting(ObjectDrift::state)
                .containsExactly(DriftState.DELETED);
        assertThat(events).extracting(Event::message).contains("ns1/web apps/v1, Kind=Deployment: DRIFTED (1 field)",
                "ns1/web-cm /v1, Kind=ConfigMap: DELETED");
        assertThat(DriftFormat.render(r, "text")).contains("Deployment/web: drifted\n  .spec.replicas: 2 -> 5 (changed by "
                + "unknown: no manager owns the field now)\n", "ConfigMap/web-cm: deleted (the release lists it)\n",
                "Drift: 1 drifted, 1 deleted, 0 orphaned, 2 in sync.\n");
        Map<String, Object> json = GoYaml.fromJsonObject(DriftFormat.render(r, "json"));
        assertThat(json).containsEntry("drifted", true).containsEntry("release", "web");
    }

    @Test
    void rulesIgnoreFieldsTheHpaOrTheUserOwn() {
        edit(DEPLOY, "web", "spec.replicas", 5L);
        kube.apply(new Resource(GoYaml.loadMap("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n"
                + "metadata: {name: web, namespace: ns1}\nspec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, "
                + "name: web}, maxReplicas: 5}\n")), ApplyOptions.helm());
        DriftReport r = drift();
        assertThat(r.drifted()).isFalse();
        ObjectDrift deploy = r.objects().stream().filter(o -> o.ref().name().equals("web")).findFirst().orElseThrow();
        assertThat(deploy.ignored()).singleElement().satisfies(f -> assertThat(f.ignoredBy())
                .isEqualTo("scaled by HorizontalPodAutoscaler web"));
        edit(CM, "web-cm", "data.greeting", "hey");
        DriftReport user = new Drift(context()).run(DriftOptions.check("web", "ns1")
                .withRules(List.of(DriftRule.parse("ConfigMap/web-cm:.data.greeting")))).report();
        assertThat(user.drifted()).isFalse();
        assertThrows(UsageException.class, () -> DriftRule.parse("spec.replicas"));
    }

    /** A release's own rules, recorded with it: its chart's Chart.yaml annotation drift.helm4j.io/ignore. */
    @Test
    void theChartsAnnotationIgnoresFieldsForItsRelease() throws IOException {
        Path c = DiffTest.chart(dir);
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\nannotations:\n"
                + "  drift.helm4j.io/ignore: \"Deployment/web:.spec.replicas,\\nConfigMap:.data.greeting\"\n");
        new Upgrade(context()).run(UpgradeOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1")
                .build());
        edit(DEPLOY, "web", "spec.replicas", 5L);
        edit(CM, "web-cm", "data.greeting", "hey");
        DriftReport r = drift();
        assertThat(r.drifted()).isFalse();
        assertThat(r.objects()).flatExtracting(ObjectDrift::ignored).extracting(f -> f.path() + " " + f.ignoredBy())
                .containsExactlyInAnyOrder(".spec.replicas the chart's annotation drift.helm4j.io/ignore",
                        ".data.greeting the chart's annotation drift.helm4j.io/ignore");

        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\nannotations:\n"
                + "  drift.helm4j.io/ignore: \"spec.replicas\"\n");
        new Upgrade(context()).run(UpgradeOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1")
                .build());
        io.helm4j.Helm4jException e = assertThrows(io.helm4j.Helm4jException.class, this::drift);
        assertThat(e.getMessage()).startsWith("chart demo of release \"web\": Chart.yaml annotation "
                + "drift.helm4j.io/ignore: invalid drift ignore rule \"spec.replicas\"");
    }

    @Test
    void secretValuesAreMasked() {
        edit(new GroupVersionKind("", "v1", "Secret"), "web-secret", "stringData.password", "leaked");
        DriftReport r = drift();
        String text = DriftFormat.render(r, "yaml") + DriftFormat.render(r, "text") + events;
        assertThat(r.drifted()).isTrue();
        assertThat(text).doesNotContain("leaked").doesNotContain("s3cret").doesNotContain("bGVha2Vk")
                .doesNotContain("czNjcmV0").contains("(changed)");
    }

    @Test
    void objectsWithTheReleasesMetadataThatItNoLongerListsAreOrphans() {
        kube.apply(new Resource(GoYaml.loadMap("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: stray\n"
                + "  namespace: ns1\n  labels: {app.kubernetes.io/managed-by: Helm}\n  annotations:\n"
                + "    meta.helm.sh/release-name: web\n    meta.helm.sh/release-namespace: ns1\n")), ApplyOptions.helm());
        assertThat(drift().objects()).filteredOn(o -> o.state() == DriftState.ORPHANED)
                .extracting(o -> o.ref().name()).containsExactly("stray");
    }

    @Test
    void correctReappliesTheDriftedAndDeletedObjectsButLeavesIgnoredFields() {
        edit(DEPLOY, "web", "spec.replicas", 5L);
        edit(CM, "web-cm", "data.greeting", "hey");
        kube.delete(new ResourceRef(new GroupVersionKind("", "v1", "Secret"), "ns1", "web-secret"), DeleteOptions.background());
        DriftResult r = new Drift(context()).run(DriftOptions.check("web", "ns1").withCorrect(true)
                .withRules(List.of(DriftRule.parse("Deployment:.spec.replicas"))));
        assertThat(r.report().drifted()).isTrue();
        assertThat(r.corrected()).extracting(ResourceRef::name).containsExactlyInAnyOrder("web-cm", "web-secret");
        assertThat(r.after().drifted()).isFalse();
        assertThat(kube.get(new ResourceRef(CM, "ns1", "web-cm")).orElseThrow().at("data", "greeting")).isEqualTo("hi");
        assertThat(kube.get(new ResourceRef(DEPLOY, "ns1", "web")).orElseThrow().at("spec", "replicas")).isEqualTo(5L);
        assertThat(events).extracting(Event::message).contains("ns1/web-cm /v1, Kind=ConfigMap: CORRECTED (1 field)");
    }

    @Test
    void correctTakesNoRevision() {
        assertThrows(UsageException.class, () -> new DriftOptions("web", "", 1, true, List.of(), true, true, false));
    }

    /** A webhook's CA bundle, injected by a controller after the install, is ignored by a built-in rule. */
    @Test
    void anInjectedWebhookCaBundleIsIgnoredByABuiltInRule() throws IOException {
        Path c = dir.resolve("hooks");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: hooks\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/webhook.yaml"), "apiVersion: admissionregistration.k8s.io/v1\n"
                + "kind: MutatingWebhookConfiguration\nmetadata:\n  name: hooks-wh\nwebhooks:\n- name: a.example.com\n"
                + "  clientConfig:\n    url: https://example.com/hook\n  sideEffects: None\n"
                + "  admissionReviewVersions: [v1]\n");
        new Install(context()).run(InstallOptions.builder().releaseName("hooks").chart(c.toString()).namespace("ns1")
                .build());
        GroupVersionKind wh = new GroupVersionKind("admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration");
        Map<String, Object> o = kube.get(new ResourceRef(wh, "", "hooks-wh")).orElseThrow().mutableCopy();
        @SuppressWarnings("unchecked")
        Map<String, Object> cc = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) o.get("webhooks")).get(0))
                .get("clientConfig");
        cc.put("caBundle", "Y2E=");
        kube.apply(new Resource(o), new ApplyOptions("cainjector", true, io.helm4j.kube.FieldValidation.STRICT, false));
        DriftReport r = new Drift(context()).run(DriftOptions.check("hooks", "ns1")).report();
        assertThat(r.drifted()).isFalse();
        assertThat(r.objects()).singleElement().satisfies(d -> assertThat(d.ignored()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(".webhooks[name=\"a.example.com\"].clientConfig.caBundle");
            assertThat(f.ignoredBy()).isNotEmpty();
        }));
        DriftReport strict = new Drift(context()).run(new DriftOptions("hooks", "ns1", 0, false, List.of(), false,
                true, false))
                .report();
        assertThat(strict.drifted()).as("without the built-in rules the bundle is drift").isTrue();
    }
}
