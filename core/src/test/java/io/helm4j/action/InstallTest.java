package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helm4j.Helm4jException;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.HookPhase;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallTest extends ActionTestBase {
    private static final GroupVersionKind CM = new GroupVersionKind("", "v1", "ConfigMap");

    private Path chart(String hookPolicy) throws IOException {
        Path c = dir.resolve("demo");
        Files.createDirectories(c.resolve("templates"));
        Files.createDirectories(c.resolve("crds"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: \"1.0\"\n");
        Files.writeString(c.resolve("values.yaml"), "greeting: hi\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\ndata:\n  greeting: {{ .Values.greeting }}\n");
        Files.writeString(c.resolve("templates/sa.yaml"), "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n"
                + "  name: {{ .Release.Name }}-sa\n");
        Files.writeString(c.resolve("templates/hook.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-hook\n  annotations:\n    helm.sh/hook: pre-install\n"
                + (hookPolicy == null ? "" : "    helm.sh/hook-delete-policy: " + hookPolicy + "\n"));
        Files.writeString(c.resolve("templates/NOTES.txt"), "{{ .Release.Name }} says {{ .Values.greeting }}\n");
        Files.writeString(c.resolve("crds/widget.yaml"), "apiVersion: apiextensions.k8s.io/v1\n"
                + "kind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n"
                + "  group: example.com\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n"
                + "  versions: [{name: v1, served: true, storage: true}]\n");
        return c;
    }

    /** {@link #chart} with a post-install hook Job that fails ({@link ReadyKubeClient}: its name ends in -fail). */
    private Path chartWithAFailingPostInstallJob() throws IOException {
        Path c = chart(null);
        Files.writeString(c.resolve("templates/job.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata:\n"
                + "  name: {{ .Release.Name }}-fail\n  annotations:\n    helm.sh/hook: post-install\n"
                + "spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: x}]\n");
        return c;
    }

    private InstallOptions.Builder options(Path chart) {
        return InstallOptions.builder().releaseName("web").chart(chart.toString()).namespace("ns1");
    }

    @Test
    void installPrunesNoRevisionWhateverTheStorageLimit() throws IOException {
        // Helm's install leaves the storage's MaxHistory unset: --replace over an uninstalled release keeps revision 1
        Storage limited = new Storage(new MemoryDriver(), 1);
        ActionContext c = ActionContext.builder().clock(clock).workingDir(dir).kube(new ReadyKubeClient(kube))
                .storage(limited).build();
        new Install(c).run(options(chart(null)).build());
        new Uninstall(c).run(new UninstallOptions("web", "ns1", true, false, false, null, null));
        Release again = new Install(c).run(options(chart(null)).replace(true).build()).release();
        assertEquals(2, again.version());
        assertEquals(ReleaseStatus.SUPERSEDED, limited.get("web", 1).status()); // replaceRelease, not pruned
    }

    @Test
    void installsInOrderWithOwnershipAndRecordsTheRelease() throws IOException {
        Release r = new Install(context()).run(options(chart(null)).build()).release();
        assertEquals(ReleaseStatus.DEPLOYED, r.status());
        assertEquals("Install complete", r.info().description());
        assertEquals("web says hi\n".strip(), r.info().notes().strip());
        assertEquals(Release.APPLY_METHOD_SSA, r.applyMethod());
        assertEquals(r, storage.get("web", 1).withLabels(r.labels()));
        Resource cm = kube.get(new ResourceRef(CM, "ns1", "web-cm")).orElseThrow();
        assertEquals("Helm", cm.labels().get("app.kubernetes.io/managed-by"));
        assertEquals(Map.of("meta.helm.sh/release-name", "web", "meta.helm.sh/release-namespace", "ns1"),
                cm.annotations());
        assertEquals(java.util.List.of(
                "apply widgets.example.com apiextensions.k8s.io/v1, Kind=CustomResourceDefinition",
                "apply ns1/web-hook /v1, Kind=ConfigMap",
                "apply ns1/web-sa /v1, Kind=ServiceAccount",
                "apply ns1/web-cm /v1, Kind=ConfigMap"), kube.operations());
        assertEquals(HookPhase.SUCCEEDED, r.hooks().getFirst().lastRun().phase());
        assertTrue(r.manifest().startsWith("---\n# Source: demo/templates/sa.yaml\n"), r.manifest());
    }

    @Test
    void eachHookIsRecordedRunningAsItStartsAsHelmRecordsIt() throws IOException {
        Path c = chart(null);
        Files.writeString(c.resolve("templates/job.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata:\n"
                + "  name: {{ .Release.Name }}-job\n  annotations:\n    helm.sh/hook: post-install\n"
                + "spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: x}]\n");
        java.util.List<Release> updates = new java.util.concurrent.CopyOnWriteArrayList<>();
        MemoryDriver memory = new MemoryDriver();
        io.helm4j.storage.Driver recording = new io.helm4j.storage.Driver() {
            @Override public String name() { return memory.name(); }
            @Override public Release get(String key) { return memory.get(key); }
            @Override public java.util.List<Release> list(java.util.function.Predicate<Release> f) { return memory.list(f); }
            @Override public java.util.List<Release> query(Map<String, String> l) { return memory.query(l); }
            @Override public void create(String key, Release r) { memory.create(key, r); }
            @Override public void update(String key, Release r) { updates.add(r); memory.update(key, r); }
            @Override public Release delete(String key) { return memory.delete(key); }
        };
        ActionContext ctx = context().toBuilder().storage(new Storage(recording)).build();
        new Install(ctx).run(options(c).build());
        // pre-install's hook, then post-install's, each recorded Running (the earlier one Succeeded), then deployed
        java.util.List<String> seen = updates.stream().map(r -> r.status().label() + " " + r.hooks().stream()
                .map(h -> h.hook().name() + "=" + (h.lastRun().phase() == null ? "-" : h.lastRun().phase().label()))
                .toList()).toList();
        assertEquals(java.util.List.of("pending-install [web-hook=Running, web-job=-]",
                "pending-install [web-hook=Succeeded, web-job=Running]",
                "deployed [web-hook=Succeeded, web-job=Succeeded]"), seen);
        Release running = updates.get(1);
        assertEquals(null, running.hooks().get(1).lastRun().completedAt());
        assertEquals(clock.instant(), running.hooks().get(1).lastRun().startedAt().toInstant());
    }

    @Test
    void theApiServersWarningsAreEmittedAsEventsInTheOrderTheyArrive() throws IOException {
        Path c = chart(null);
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\n  annotations: {test/warn: 'unknown field \"data.x\"'}\n"
                + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm2\n"
                + "  annotations: {test/warn: 'unknown field \"data.x\"'}\n");
        java.util.List<io.helm4j.events.Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        ActionContext ctx = context().toBuilder().events(events::add).build();
        new Install(ctx).run(options(c).build());
        assertEquals(java.util.List.of(new io.helm4j.events.Event.ApiWarning("unknown field \"data.x\""),
                new io.helm4j.events.Event.ApiWarning("unknown field \"data.x\"")),
                events.stream().filter(e -> e instanceof io.helm4j.events.Event.ApiWarning).toList());
    }

    @Test
    void refusesAnObjectItDoesNotOwnUnlessTakingOwnership() throws IOException {
        kube.apply(kube.build("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web-cm, namespace: ns1}\n")
                .getFirst(), io.helm4j.kube.ApplyOptions.helm());
        Path c = chart(null);
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Install(context()).run(options(c).build()));
        assertEquals("unable to continue with install: ConfigMap \"web-cm\" in namespace \"ns1\" exists and cannot be "
                + "imported into the current release: invalid ownership metadata; label validation error: missing key "
                + "\"app.kubernetes.io/managed-by\": must be set to \"Helm\"; annotation validation error: missing key "
                + "\"meta.helm.sh/release-name\": must be set to \"web\"; annotation validation error: missing key "
                + "\"meta.helm.sh/release-namespace\": must be set to \"ns1\"", e.getMessage());
        assertThrows(Helm4jException.class, () -> storage.get("web", 1));
        Release r = new Install(context()).run(options(c).takeOwnership(true).build()).release();
        assertEquals(ReleaseStatus.DEPLOYED, r.status());
    }

    @Test
    void aNameInUseIsRefused() throws IOException {
        Path c = chart(null);
        new Install(context()).run(options(c).build());
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Install(context()).run(options(c).build()));
        assertEquals("release name check failed: cannot reuse a name that is still in use", e.getMessage());
    }

    @Test
    void hookSucceededPolicyDeletesTheHookAndNoHooksSkipsIt() throws IOException {
        Path c = chart("hook-succeeded");
        new Install(context()).run(options(c).build());
        assertFalse(kube.get(new ResourceRef(CM, "ns1", "web-hook")).isPresent());
        assertTrue(kube.operations().contains("delete ns1/web-hook /v1, Kind=ConfigMap"), kube.operations().toString());
        new Install(context()).run(InstallOptions.builder().releaseName("other").chart(c.toString()).namespace("ns1").disableHooks(true).skipCrds(true).build());
        assertFalse(kube.operations().contains("apply ns1/other-hook /v1, Kind=ConfigMap"));
    }

    @Test
    void aFailedHookJobFailsTheReleaseAndRecordsIt() throws IOException {
        Path c = chartWithAFailingPostInstallJob();
        assertThrows(Helm4jException.class, () -> new Install(context()).run(options(c).build()));
        Release stored = storage.get("web", 1);
        assertEquals(ReleaseStatus.FAILED, stored.status());
        // Helm 4's words (checked against it on a cluster: HookAndWaitIntegrationTest)
        assertEquals("Release \"web\" failed: failed post-install: resource Job/ns1/web-fail not ready. status: Failed, "
                + "message: Job Failed. failed: 0/1", stored.info().description());
        assertEquals(io.helm4j.release.HookPhase.FAILED, stored.hooks().stream()
                .filter(h -> h.hook().name().equals("web-fail")).findFirst().orElseThrow().lastRun().phase());
    }

    @Test
    void hooksAreCreatedAsTheInstallAppliesServerSideWithoutForcingOrClientSide() throws IOException {
        Path c = chart(null);
        new Install(context()).run(options(c).skipCrds(true).build());
        new Install(context()).run(InstallOptions.builder().releaseName("csa").chart(c.toString()).namespace("ns1")
                .skipCrds(true).serverSide(false).build());
        // Helm 4's execHook: Client.Create with the install's apply method, conflicts never forced
        assertThat(kube.operations()).containsSubsequence("apply ns1/web-hook /v1, Kind=ConfigMap",
                "create ns1/csa-hook /v1, Kind=ConfigMap");
    }

    @Test
    void aHookThatCannotBeCreatedFailsTheReleaseAsHelm4WordsItAndRecordsItsRun() throws IOException {
        Path c = chart("hook-succeeded");
        kube.create(kube.build("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web-hook, namespace: ns1}\n")
                .getFirst(), io.helm4j.kube.WriteOptions.helm());
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Install(context()).run(options(c).skipCrds(true).serverSide(false).build()));
        assertThat(e.getMessage()).startsWith("failed pre-install: warning: Hook pre-install demo/templates/hook.yaml "
                + "failed: ");
        Release stored = storage.get("web", 1);
        assertEquals(ReleaseStatus.FAILED, stored.status());
        assertEquals(HookPhase.FAILED, stored.hooks().getFirst().lastRun().phase());
    }

    @Test
    void theOutputLogPolicyReportsTheHookPodsLogsAndACrdHookIsNeverDeleted() throws IOException {
        Path c = chart(null);
        Files.writeString(c.resolve("templates/hook.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: {{ .Release.Name }}-hook
                  annotations:
                    helm.sh/hook: pre-install
                    helm.sh/hook-delete-policy: hook-succeeded
                    helm.sh/hook-output-log-policy: hook-succeeded
                spec:
                  containers: [{name: one, image: x}, {name: two, image: x}]
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: gadgets.example.com
                  annotations:
                    helm.sh/hook: pre-install
                    helm.sh/hook-delete-policy: hook-succeeded
                spec:
                  group: example.com
                  names: {kind: Gadget, plural: gadgets}
                  scope: Namespaced
                  versions: [{name: v1, served: true, storage: true}]
                """);
        kube.putPodLog("ns1", "web-hook", "one", "first\n");
        kube.putPodLog("ns1", "web-hook", "two", "second\n");
        java.util.List<io.helm4j.events.Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        ActionContext ctx = context().toBuilder().events(events::add).build();
        new Install(ctx).run(options(c).skipCrds(true).build());
        assertThat(events).filteredOn(io.helm4j.events.Event.HookLog.class::isInstance)
                .extracting(io.helm4j.events.Event::message).containsExactly("first\n", "second\n");
        assertThat(kube.operations()).contains("delete ns1/web-hook /v1, Kind=Pod")
                .noneMatch(o -> o.startsWith("delete gadgets.example.com"));
    }

    @Test
    void aListWithTwoEntriesOfOneKeyIsFoundBeforeAnythingIsAppliedServerSideAndPassesClientSide() throws IOException {
        Path c = chart(null);
        Files.copy(Path.of("src/test/resources/io/helm4j/action/duplicate-env-pod.yaml"), c.resolve("templates/pod.yaml"));
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Install(context()).run(options(c).build()));
        assertEquals("server-side apply would reject a list with two entries of one key, nothing was applied: Pod "
                + "\"web\": .spec.containers[name=\"app\"].env: duplicate entries for key [name=\"A\"]. Keep one entry per "
                + "key in the chart (client-side apply merged them, the last one winning), or apply client-side with "
                + "--server-side=false", e.getMessage());
        assertThat(kube.operations()).isEmpty();
        assertThrows(Helm4jException.class, () -> storage.get("web", 1));
        new Install(context()).run(options(c).serverSide(false).build());
        assertEquals(ReleaseStatus.DEPLOYED, storage.get("web", 1).status());
    }

    /** What the API server answers a server-side apply of kube13-gizmo-duplicates.yaml with (GizmoListKeysClusterTest). */
    static final String GIZMO_DUPLICATES = "Gizmo \"web-gizmo\": .spec.ports: duplicate entries for key "
            + "[port=80,protocol=\"TCP\"]; Gizmo \"web-gizmo\": .spec.members[name=\"a\"].tags: duplicate entries for key "
            + "[key=\"x\"]; Gizmo \"web-gizmo\": .spec.members: duplicate entries for key [name=\"a\"]; Gizmo \"web-gizmo\": "
            + ".spec.labels.team: duplicate entries for key [name=\"ops\"]";

    @Test
    void aCustomResourcesListsAreCheckedByTheSchemaOfItsDefinitionInTheChart() throws IOException {
        Path c = chart(null);
        Files.copy(Path.of("src/test/resources/io/helm4j/action/kube13-gizmo-crd.yaml"), c.resolve("crds/gizmo.yaml"));
        Files.copy(Path.of("src/test/resources/io/helm4j/action/kube13-gizmo-duplicates.yaml"),
                c.resolve("templates/gizmo.yaml"));
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Install(context()).run(options(c).build()));
        assertEquals("server-side apply would reject lists with two entries of one key, nothing was applied: "
                + GIZMO_DUPLICATES + ". Keep one entry per key in the chart (client-side apply merged them, the last "
                + "one winning), or apply client-side with --server-side=false", e.getMessage());
        assertThat(kube.operations()).isEmpty();
    }

    @Test
    void aCustomResourcesListsAreCheckedByTheSchemaOfItsDefinitionInTheCluster() throws IOException {
        kube.apply(kube.build(Files.readString(Path.of("src/test/resources/io/helm4j/action/kube13-gizmo-crd.yaml")))
                .getFirst(), io.helm4j.kube.ApplyOptions.helm());
        Path c = chart(null);
        Files.copy(Path.of("src/test/resources/io/helm4j/action/kube13-gizmo-duplicates.yaml"),
                c.resolve("templates/gizmo.yaml"));
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Install(context()).run(options(c).skipCrds(true).build()));
        assertThat(e.getMessage()).contains(GIZMO_DUPLICATES);
        Files.writeString(c.resolve("templates/gizmo.yaml"), "apiVersion: kube13.helm4j.io/v1\nkind: Gizmo\n"
                + "metadata: {name: ok}\nspec:\n  ports: [{port: 80}, {port: 80, protocol: UDP}]\n"
                + "  atomic: [{name: z}, {name: z}]\n");
        assertEquals(ReleaseStatus.DEPLOYED, new Install(context()).run(options(c).skipCrds(true).build()).release()
                .status());
    }

    @Test
    void generateNameNamesTheReleaseAfterTheChartAndTheClock() throws IOException {
        Path c = chart(null);
        Release r = new Install(context()).run(InstallOptions.builder().chart(c.toString()).namespace("ns1")
                .generateName(true).skipCrds(true).build()).release();
        // Helm's GenerateName: the chart's base name and the Unix time
        assertEquals("demo-" + clock.instant().getEpochSecond(), r.name());
        assertEquals(ReleaseStatus.DEPLOYED, storage.get(r.name(), 1).status());
    }

    @Test
    void replaceReusesTheNameOfAnUninstalledReleaseAsItsNextRevision() throws IOException {
        Path c = chart(null);
        new Install(context()).run(options(c).skipCrds(true).build());
        new Uninstall(context()).run(new UninstallOptions("web", "ns1", true, false, false, null, null, null));
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Install(context()).run(options(c).skipCrds(true).build()));
        assertEquals("release name check failed: cannot reuse a name that is still in use", e.getMessage());
        Release r = new Install(context()).run(options(c).skipCrds(true).replace(true).build()).release();
        assertEquals(2, r.version());
        assertEquals(ReleaseStatus.SUPERSEDED, storage.get("web", 1).status());
        assertEquals(ReleaseStatus.DEPLOYED, storage.get("web", 2).status());
    }

    @Test
    void serverDryRunAppliesNothingStoresNothingAndSkipsTheCrdsWithHelmsWarning() throws IOException {
        // into a namespace not there yet, nothing is sent (Helm only reads; the server would refuse the dry runs)
        new Install(context()).run(options(chart(null)).dryRun(DryRun.SERVER).build());
        assertThat(kube.operations()).isEmpty();
        kube.apply(kube.build("apiVersion: v1\nkind: Namespace\nmetadata: {name: ns1}\n").getFirst(),
                io.helm4j.kube.ApplyOptions.helm());
        int before = kube.operations().size();
        java.util.List<io.helm4j.events.Event> events = new java.util.ArrayList<>();
        Release r = new Install(context().toBuilder().events(events::add).build())
                .run(options(chart(null)).dryRun(DryRun.SERVER).build()).release();
        assertEquals(ReleaseStatus.PENDING_INSTALL, r.status());
        assertEquals("Dry run complete", r.info().description());
        java.util.List<String> ops = kube.operations().subList(before, kube.operations().size());
        assertThat(ops).isNotEmpty().allSatisfy(op -> assertThat(op).endsWith("(dry run)"));
        assertThat(ops).noneMatch(op -> op.contains("CustomResourceDefinition"));
        assertThrows(Helm4jException.class, () -> storage.get("web", 1));
        assertThat(events).contains(new io.helm4j.events.Event.Log("WARN", "This chart or one of its subcharts "
                + "contains CRDs. Rendering may fail or contain inaccuracies."));
    }

    @Test
    void rollbackOnFailureUninstallsAFailedInstallAndPurgesItsHistory() throws IOException {
        Path c = chartWithAFailingPostInstallJob();
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Install(context()).run(options(c).skipCrds(true).rollbackOnFailure(true).build()));
        assertThat(e.getMessage()).startsWith("release web failed, and has been uninstalled due to rollback-on-failure "
                + "being set: failed post-install: ");
        assertThrows(Helm4jException.class, () -> storage.get("web", 1));
        assertFalse(kube.get(new ResourceRef(CM, "ns1", "web-cm")).isPresent());
    }

    @Test
    void clientDryRunTouchesNoClusterAndStoresNothing() throws IOException {
        ActionContext noCluster = ActionContext.builder().clock(clock).workingDir(dir).build();
        Release r = new Install(noCluster).run(options(chart(null)).dryRun(DryRun.CLIENT).build()).release();
        assertEquals(ReleaseStatus.PENDING_INSTALL, r.status());
        assertEquals("Dry run complete", r.info().description());
        assertTrue(kube.operations().isEmpty());
    }
}
