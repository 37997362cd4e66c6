package io.helm4j.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helm4j.Helm4jException;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import io.helm4j.values.ValueOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpgradeTest extends ActionTestBase {
    private static final GroupVersionKind CM = new GroupVersionKind("", "v1", "ConfigMap");
    private static final GroupVersionKind SA = new GroupVersionKind("", "v1", "ServiceAccount");

    /** A chart with a ConfigMap, a ServiceAccount when {@code withSa}, and a hook on {@code hookEvents}. */
    private Path chart(String version, boolean withSa, String hookEvents) throws IOException {
        Path c = dir.resolve("demo-" + version + "-" + withSa);
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: " + version + "\n");
        Files.writeString(c.resolve("values.yaml"), "greeting: hi\nsize: small\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\ndata:\n  greeting: {{ .Values.greeting }}\n"
                + "  size: {{ .Values.size }}\n  revision: \"{{ .Release.Revision }}\"\n"
                + "  upgrade: \"{{ .Release.IsUpgrade }}\"\n");
        if (withSa) {
            Files.writeString(c.resolve("templates/sa.yaml"), "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n"
                    + "  name: {{ .Release.Name }}-sa\n");
        }
        if (hookEvents != null) {
            Files.writeString(c.resolve("templates/hook.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata:\n"
                    + "  name: {{ .Release.Name }}-{{ .Values.hookName | default \"hook\" }}\n  annotations:\n"
                    + "    helm.sh/hook: " + hookEvents + "\nspec:\n  template:\n    spec:\n"
                    + "      restartPolicy: Never\n      containers: [{name: c, image: x}]\n");
        }
        return c;
    }

    private Release install(Path chart, String... set) {
        return new Install(context()).run(InstallOptions.builder().releaseName("web").chart(chart.toString())
                .namespace("ns1").values(sets(set)).build()).release();
    }

    private static ValueOptions sets(String... set) {
        return new ValueOptions(null, set.length == 0 ? null : List.of(set), null, null, null, null);
    }

    private UpgradeOptions.Builder upgrade(Path chart, String... set) {
        return UpgradeOptions.builder().releaseName("web").chart(chart.toString()).namespace("ns1").values(sets(set));
    }

    @Test
    void cancellingAnUpgradeThatInstallsMarksTheInstallsRevisionFailed() throws IOException {
        Path c = chart("1.0.0", false, null);
        // the API server's warning about the ConfigMap is the moment the signal comes (ReadyKubeClient: test/warn)
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\n  annotations: {test/warn: now}\n");
        Upgrade[] upgrade = new Upgrade[1];
        java.util.List<java.util.Optional<Release>> cancelled = new java.util.ArrayList<>();
        ActionContext ctx = context().toBuilder().events(e -> {
            if (e instanceof io.helm4j.events.Event.ApiWarning) {
                cancelled.add(upgrade[0].cancel());
            }
        }).build();
        upgrade[0] = new Upgrade(ctx);
        Helm4jException e = assertThrows(InstallFailedException.class,
                () -> upgrade[0].run(upgrade(c).install(true).build()));
        assertEquals("context canceled", e.getMessage());
        assertEquals(ReleaseStatus.FAILED, cancelled.getFirst().orElseThrow().status());
        Release failed = storage.get("web", 1);
        assertEquals(ReleaseStatus.FAILED, failed.status());
        assertEquals("Release \"web\" failed: context canceled", failed.info().description());
        assertEquals(java.util.List.of(java.util.Optional.empty()), List.of(upgrade[0].cancel().map(r -> "again")));
    }

    /** The memory driver, whose updates to {@code failing} fail without an answer the first {@code failures} times. */
    private static final class Outage implements io.helm4j.storage.Driver {
        final MemoryDriver memory = new MemoryDriver();
        ReleaseStatus failing;
        int failures;

        @Override public String name() { return "Secret"; }
        @Override public Release get(String key) { return memory.get(key); }
        @Override public List<Release> list(java.util.function.Predicate<Release> f) { return memory.list(f); }
        @Override public List<Release> query(Map<String, String> labels) { return memory.query(labels); }
        @Override public void create(String key, Release r) { memory.create(key, r); }
        @Override public Release delete(String key) { return memory.delete(key); }

        @Override
        public void update(String key, Release r) {
            if (r.status() == failing && failures-- > 0) {
                throw new io.helm4j.kube.KubeException(0, "", "dial tcp 127.0.0.1:1: connect: connection refused");
            }
            memory.update(key, r);
        }
    }

    @Test
    void theApiServerGoneForAMomentAtTheFinalWritesStillLeavesTheUpgradeDeployed() throws IOException {
        Outage driver = new Outage();
        ActionContext ctx = context().toBuilder().storage(new Storage(driver)).build();
        Path c = chart("0.1.0", false, null);
        new Install(ctx).run(InstallOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1").build());
        driver.failing = ReleaseStatus.SUPERSEDED;
        driver.failures = 1;
        new Upgrade(ctx).run(upgrade(c, "greeting=two").build());
        driver.failing = ReleaseStatus.DEPLOYED;
        driver.failures = 1;
        new Rollback(ctx).run(RollbackOptions.builder().releaseName("web").namespace("ns1").build());
        assertEquals(List.of("1:superseded", "2:superseded", "3:deployed"), new Storage(driver).history("web").stream()
                .sorted(java.util.Comparator.comparingInt(Release::version))
                .map(r -> r.version() + ":" + r.status().label()).toList());
    }

    private Map<String, String> data(String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> d = (Map<String, String>) kube.get(new ResourceRef(CM, "ns1", name)).orElseThrow()
                .object().get("data");
        return d;
    }

    @Test
    void upgradesSupersedesTheOldRevisionAndDeletesWhatTheChartDropped() throws IOException {
        install(chart("0.1.0", true, null));
        assertTrue(kube.get(new ResourceRef(SA, "ns1", "web-sa")).isPresent());
        Release r = new Upgrade(context()).run(upgrade(chart("0.2.0", false, null), "greeting=hello").build())
                .release();
        assertEquals(2, r.version());
        assertEquals(ReleaseStatus.DEPLOYED, r.status());
        assertEquals("Upgrade complete", r.info().description());
        assertEquals("0.2.0", r.chart().metadata().version());
        assertEquals(Release.APPLY_METHOD_SSA, r.applyMethod());
        assertEquals(ReleaseStatus.SUPERSEDED, storage.get("web", 1).status());
        assertEquals(ReleaseStatus.DEPLOYED, storage.get("web", 2).status());
        assertEquals(storage.get("web", 1).info().firstDeployed(), r.info().firstDeployed());
        assertEquals(Map.of("greeting", "hello", "size", "small", "revision", "2", "upgrade", "true"), data("web-cm"));
        assertFalse(kube.get(new ResourceRef(SA, "ns1", "web-sa")).isPresent());
        assertTrue(kube.operations().contains("delete ns1/web-sa /v1, Kind=ServiceAccount"), kube.operations().toString());
        Resource cm = kube.get(new ResourceRef(CM, "ns1", "web-cm")).orElseThrow();
        assertEquals("Helm", cm.labels().get("app.kubernetes.io/managed-by"));
    }

    @Test
    void valuesFollowHelmsReuseAndResetRules() throws IOException {
        Path c = chart("0.1.0", false, null);
        install(c, "greeting=custom");
        new Upgrade(context()).run(upgrade(c).build());
        assertEquals("custom", data("web-cm").get("greeting"), "no new values: the last ones are kept");
        new Upgrade(context()).run(upgrade(c, "size=big").build());
        assertEquals(Map.of("size", "big"), storage.get("web", 3).config());
        assertEquals("hi", data("web-cm").get("greeting"), "new values replace the old ones");
        new Upgrade(context()).run(upgrade(c, "greeting=again").reuseValues(true).build());
        assertEquals(Map.of("size", "big", "greeting", "again"), storage.get("web", 4).config());
        new Upgrade(context()).run(upgrade(c).resetValues(true).reuseValues(true).build());
        assertEquals(Map.of("greeting", "hi", "size", "small", "revision", "5", "upgrade", "true"), data("web-cm"));
        new Upgrade(context()).run(upgrade(c, "size=tiny").resetThenReuseValues(true).build());
        assertEquals("tiny", data("web-cm").get("size"));
    }

    @Test
    void labelsAreMergedAndNullUnsetsOne() throws IOException {
        Path c = chart("0.1.0", false, null);
        new Install(context()).run(InstallOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1")
                .labels(Map.of("team", "a", "tier", "web")).build());
        Release r = new Upgrade(context()).run(upgrade(c).labels(Map.of("tier", "null", "env", "prod")).build())
                .release();
        assertEquals(Map.of("team", "a", "env", "prod"), storage.get("web", 2).labels());
        assertEquals("prod", r.labels().get("env"));
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Upgrade(context()).run(upgrade(c).labels(Map.of("owner", "me")).build()));
        assertEquals("user supplied labels contains system reserved label name. System labels: "
                + "[name owner status version createdAt modifiedAt]", e.getMessage());
    }

    @Test
    void aMissingReleaseIsAnErrorOrInstalledWithInstall() throws IOException {
        Path c = chart("0.1.0", false, null);
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Upgrade(context()).run(upgrade(c).build()));
        assertEquals("\"web\" has no deployed releases", e.getMessage());
        UpgradeResult r = new Upgrade(context()).run(upgrade(c).install(true).build());
        assertTrue(r.installed());
        assertEquals(1, r.release().version());
        assertEquals("Install complete", r.release().info().description());
    }

    @Test
    void aPendingReleaseIsRefusedWithHowToRecover() throws IOException {
        Path c = chart("0.1.0", false, null);
        install(c);
        new Upgrade(context()).run(upgrade(c).build());
        Release two = storage.get("web", 2);
        storage.update(two.withStatus(ReleaseStatus.PENDING_UPGRADE, "Preparing upgrade"));
        Helm4jException e = assertThrows(PendingOperationException.class,
                () -> new Upgrade(context()).run(upgrade(c).build()));
        assertEquals("another operation (install/upgrade/rollback) is in progress; revision 2 of \"web\" is "
                + "pending-upgrade: if no other operation is running on it (one was interrupted), roll back with "
                + "\"helm rollback web 1\"", e.getMessage());
        Release back = new Rollback(context()).run(RollbackOptions.builder().releaseName("web").revision(1)
                .namespace("ns1").build()).release();
        assertEquals(3, back.version());
        assertEquals(ReleaseStatus.DEPLOYED, new Upgrade(context()).run(upgrade(c).build()).release().status());
    }

    @Test
    void hooksRunAndAFailedHookFailsTheRevision() throws IOException {
        Path c = chart("0.1.0", false, "pre-upgrade,post-upgrade");
        install(c);
        assertFalse(kube.operations().stream().anyMatch(op -> op.contains("web-hook")), "not an install hook");
        new Upgrade(context()).run(upgrade(c).build());
        assertTrue(kube.operations().contains("apply ns1/web-hook batch/v1, Kind=Job"), kube.operations().toString());
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Upgrade(context()).run(upgrade(c, "hookName=fail").build()));
        // the hook's failure in Helm 4's words (the waiter's), as in Helm's "pre-upgrade hooks failed: %s"
        assertTrue(e.getMessage().startsWith("pre-upgrade hooks failed: resource Job/ns1/web-fail not ready. "
                + "status: Failed"), e.getMessage());
        Release failed = storage.get("web", 3);
        assertEquals(ReleaseStatus.FAILED, failed.status());
        assertTrue(failed.info().description().startsWith("Upgrade \"web\" failed: pre-upgrade hooks failed"));
        assertEquals(ReleaseStatus.DEPLOYED, storage.get("web", 2).status(), "the deployed revision stays");
        Release next = new Upgrade(context()).run(upgrade(c).build()).release();
        assertEquals(4, next.version());
        assertEquals(ReleaseStatus.SUPERSEDED, storage.get("web", 2).status());
    }

    @Test
    void rollbackOnFailureRollsBackAndReportsEachStep() throws IOException {
        Path c = chart("0.1.0", false, "post-upgrade");
        install(c, "greeting=first");
        List<String> events = new java.util.ArrayList<>();
        ActionContext ctx = context().toBuilder().events(ev -> events.add(ev.message())).build();
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Upgrade(ctx)
                .run(upgrade(c, "hookName=fail", "greeting=second").rollbackOnFailure(true).build()));
        assertTrue(e.getMessage().startsWith("release web failed, and has been rolled back due to rollback-on-failure "
                + "being set: post-upgrade hooks failed"), e.getMessage());
        assertEquals(ReleaseStatus.FAILED, storage.get("web", 2).status());
        Release back = storage.get("web", 3);
        assertEquals(ReleaseStatus.DEPLOYED, back.status());
        assertEquals("Rollback to 1", back.info().description());
        assertEquals(1, back.info().rollbackRevision());
        assertEquals("first", data("web-cm").get("greeting"));
        assertTrue(events.contains("rolling back web to revision 1"), events.toString());
        assertTrue(events.contains("rolled back web to revision 1"), events.toString());
    }

    @Test
    void cleanupOnFailDeletesWhatTheFailedUpgradeCreated() throws IOException {
        install(chart("0.1.0", false, null));
        Path c2 = chart("0.2.0", true, "post-upgrade");
        assertThrows(Helm4jException.class, () -> new Upgrade(context())
                .run(upgrade(c2, "hookName=fail").cleanupOnFail(true).build()));
        assertFalse(kube.get(new ResourceRef(SA, "ns1", "web-sa")).isPresent());
        assertThrows(Helm4jException.class, () -> new Upgrade(context()).run(upgrade(c2, "hookName=fail").build()));
        assertTrue(kube.get(new ResourceRef(SA, "ns1", "web-sa")).isPresent());
    }

    /** The chart of {@code chart(version, false, null)} plus a Job (not a hook) that the cluster reports failed. */
    private Path chartWithFailingJob(String version) throws IOException {
        Path c = chart(version, false, null);
        Files.writeString(c.resolve("templates/job.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata:\n"
                + "  name: {{ .Release.Name }}-migrate-fail\nspec:\n  template:\n    spec:\n"
                + "      restartPolicy: Never\n      containers: [{name: c, image: x}]\n");
        return c;
    }

    @Test
    void watcherWaitReportsProgressAndWaitForJobsFailsTheUpgradeOnAFailedJob() throws IOException {
        install(chart("0.1.0", false, null));
        List<io.helm4j.events.Event> events = new java.util.ArrayList<>();
        ActionContext ctx = context().toBuilder().events(events::add).build();
        Release r = new Upgrade(ctx).run(upgrade(chart("0.2.0", false, null)).waitStrategy(WaitStrategy.WATCHER)
                .build()).release();
        assertEquals(ReleaseStatus.DEPLOYED, r.status());
        List<io.helm4j.events.Event.WaitProgress> progress = events.stream()
                .filter(io.helm4j.events.Event.WaitProgress.class::isInstance)
                .map(io.helm4j.events.Event.WaitProgress.class::cast).toList();
        assertFalse(progress.isEmpty(), events.toString());
        assertEquals(new io.helm4j.events.Event.WaitProgress("resources", 1, List.of(), true), progress.getLast());

        events.clear();
        Path c3 = chartWithFailingJob("0.3.0");
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Upgrade(ctx)
                .run(upgrade(c3).waitStrategy(WaitStrategy.WATCHER).waitForJobs(true).build()));
        assertTrue(e.getMessage().startsWith("resource Job/ns1/web-migrate-fail not ready. status: Failed"),
                e.getMessage());
        assertEquals(ReleaseStatus.FAILED, storage.get("web", 3).status());
        assertTrue(events.stream().anyMatch(io.helm4j.events.Event.WaitProgress.class::isInstance), events.toString());
    }

    @Test
    void hookOnlyUpgradeDoesNotWaitForResources() throws IOException {
        install(chart("0.1.0", false, null));
        List<io.helm4j.events.Event> events = new java.util.ArrayList<>();
        ActionContext ctx = context().toBuilder().events(events::add).build();
        Path c2 = chartWithFailingJob("0.2.0");
        Release r = new Upgrade(ctx).run(upgrade(c2).waitForJobs(true).build()).release();
        assertEquals(WaitStrategy.HOOK_ONLY, upgrade(c2).build().waitStrategy());
        assertEquals(ReleaseStatus.DEPLOYED, r.status());
        assertEquals(ReleaseStatus.DEPLOYED, storage.get("web", 2).status());
        assertTrue(events.stream().noneMatch(io.helm4j.events.Event.WaitProgress.class::isInstance), events.toString());
        // with --rollback-on-failure the default hookOnly waits as watcher (Helm 4): the failed Job fails the
        // upgrade, and the rollback to revision 2 (which has the same Job) waits and fails as well
        assertEquals(WaitStrategy.WATCHER, upgrade(c2).rollbackOnFailure(true).build().waitStrategy());
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Upgrade(ctx).run(upgrade(c2).rollbackOnFailure(true).build()));
        assertTrue(e.getMessage().startsWith("an error occurred while rolling back the release. original upgrade "
                + "error: resource Job/ns1/web-migrate-fail not ready. status: Failed"), e.getMessage());
        assertTrue(events.stream().anyMatch(io.helm4j.events.Event.WaitProgress.class::isInstance), events.toString());
    }

    @Test
    void rollbackWaitsOnlyWithAResourceStrategy() throws IOException {
        install(chartWithFailingJob("0.1.0"));
        new Upgrade(context()).run(upgrade(chart("0.2.0", false, null)).build());
        List<io.helm4j.events.Event> events = new java.util.ArrayList<>();
        ActionContext ctx = context().toBuilder().events(events::add).build();
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Rollback(ctx).run(RollbackOptions.builder()
                .releaseName("web").namespace("ns1").revision(1).waitStrategy(WaitStrategy.WATCHER).waitForJobs(true)
                .build()));
        assertTrue(e.getMessage().startsWith("release web failed: resource Job/ns1/web-migrate-fail not ready"),
                e.getMessage());
        assertEquals(ReleaseStatus.FAILED, storage.get("web", 3).status());
        assertTrue(events.stream().anyMatch(io.helm4j.events.Event.WaitProgress.class::isInstance), events.toString());

        events.clear();
        Release back = new Rollback(ctx).run(RollbackOptions.builder().releaseName("web").namespace("ns1").revision(1)
                .waitForJobs(true).build()).release();
        assertEquals(ReleaseStatus.DEPLOYED, back.status());
        assertTrue(events.stream().noneMatch(io.helm4j.events.Event.WaitProgress.class::isInstance), events.toString());
    }

    @Test
    void dryRunStoresNothingAndAppliesNothing() throws IOException {
        Path c = chart("0.1.0", false, null);
        install(c);
        int ops = kube.operations().size();
        Release r = new Upgrade(context()).run(upgrade(c, "greeting=x").dryRun(DryRun.SERVER).build()).release();
        assertEquals(ReleaseStatus.PENDING_UPGRADE, r.status());
        assertEquals("Dry run complete", r.info().description());
        assertEquals(1, storage.history("web").size());
        assertEquals(ops, kube.operations().size());
    }

    @Test
    void historyMaxPrunesOldRevisions() throws IOException {
        Path c = chart("0.1.0", false, null);
        install(c);
        for (int i = 0; i < 4; i++) {
            new Upgrade(context()).run(upgrade(c).historyMax(2).build());
        }
        assertEquals(List.of(4, 5), storage.history("web").stream().map(Release::version).sorted().toList());
    }

    @Test
    void anOversizedRecordIsRefusedBeforeAnythingIsApplied() throws IOException {
        Path c = chart("0.1.0", false, null);
        Storage secrets = new Storage(new io.helm4j.storage.SecretDriver(
                new io.helm4j.storage.InMemoryRecordObjects("Secret", "ns1"), clock));
        ActionContext ctx = context().toBuilder().storage(secrets).build();
        new Install(ctx).run(InstallOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1").build());
        // random text does not compress: about 1.6 MiB once gzipped and base64-encoded
        java.util.Random random = new java.util.Random(1);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2_000_000; i++) {
            big.append((char) ('a' + random.nextInt(26)));
        }
        Files.writeString(c.resolve("big.txt"), big);
        int ops = kube.operations().size();
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Upgrade(ctx).run(upgrade(c).build()));
        assertTrue(e.getMessage().startsWith("release \"web\" revision 2 is too large to store: its record is "),
                e.getMessage());
        assertEquals(ops, kube.operations().size());
        assertEquals(1, secrets.history("web").size());
    }

    /** The stored revision rewritten as if it had been applied client-side (as Helm 3, or Helm 4 --server-side=false). */
    private void markClientSide(int version) {
        Release r = storage.get("web", version);
        storage.update(new Release(r.name(), r.info(), r.chart(), r.config(), r.manifest(), r.hooks(), r.version(),
                r.namespace(), r.labels(), Release.APPLY_METHOD_CSA, r.format()));
    }

    @Test
    void aClientSideReleaseIsPatchedClientSideAndKeepsItsMethod() throws IOException {
        Path c = chart("0.1.0", false, null);
        install(c);
        markClientSide(1);
        kube.patch(new ResourceRef(CM, "ns1", "web-cm"), io.helm4j.kube.PatchType.MERGE,
                "{\"data\":{\"extra\":\"theirs\"}}", new io.helm4j.kube.WriteOptions("other", io.helm4j.kube.FieldValidation.STRICT, false));
        Release r = new Upgrade(context()).run(upgrade(c, "greeting=csa").build()).release();
        assertEquals(Release.APPLY_METHOD_CSA, r.applyMethod());
        assertTrue(kube.operations().contains("patch ns1/web-cm /v1, Kind=ConfigMap"), kube.operations().toString());
        assertEquals("csa", data("web-cm").get("greeting"));
        assertEquals("theirs", data("web-cm").get("extra"), "a three-way patch keeps what others added");
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new Upgrade(context()).run(upgrade(c).forceReplace(true).serverSide(ServerSide.TRUE).build()));
        assertTrue(e.getMessage().contains("cannot use server-side apply and force replace together"), e.getMessage());
        new Upgrade(context()).run(upgrade(c, "greeting=replaced").forceReplace(true).build());
        assertTrue(kube.operations().contains("replace ns1/web-cm /v1, Kind=ConfigMap"), kube.operations().toString());
        assertEquals(null, data("web-cm").get("extra"), "a replacement drops what others added");
    }

    @Test
    void movingToServerSideHandsHelmsClientSideFieldsToItsApplyEntry() throws IOException {
        Path c = chart("0.1.0", false, null);
        install(c);
        markClientSide(1);
        kube.patch(new ResourceRef(CM, "ns1", "web-cm"), io.helm4j.kube.PatchType.JSON,
                "[{\"op\":\"replace\",\"path\":\"/metadata/managedFields\",\"value\":[{\"manager\":\"helm\","
                + "\"operation\":\"Update\",\"apiVersion\":\"v1\",\"fieldsType\":\"FieldsV1\","
                + "\"fieldsV1\":{\"f:data\":{\"f:greeting\":{}}}}]}]", io.helm4j.kube.WriteOptions.helm());
        Release r = new Upgrade(context()).run(upgrade(c).serverSide(ServerSide.TRUE).build()).release();
        assertEquals(Release.APPLY_METHOD_SSA, r.applyMethod());
        int patch = kube.operations().lastIndexOf("patch ns1/web-cm /v1, Kind=ConfigMap");
        int apply = kube.operations().lastIndexOf("apply ns1/web-cm /v1, Kind=ConfigMap");
        assertTrue(patch >= 0 && patch < apply, kube.operations().toString());
    }

    @Test
    void managedFieldsUnionTheUpdateEntryIntoTheApplyEntry() {
        List<Object> fields = List.of(
                Map.of("manager", "helm", "operation", "Apply", "fieldsV1", Map.of("f:data", Map.of("f:a", Map.of()))),
                Map.of("manager", "kubectl", "operation", "Update", "fieldsV1", Map.of("f:data", Map.of("f:k", Map.of()))),
                Map.of("manager", "helm", "operation", "Update", "fieldsV1", Map.of("f:data", Map.of("f:b", Map.of()))));
        List<Object> up = ManagedFieldsUpgrade.upgraded(fields);
        assertEquals(2, up.size());
        assertEquals(Map.of("f:data", Map.of("f:a", Map.of(), "f:b", Map.of())),
                ((Map<?, ?>) up.get(0)).get("fieldsV1"));
        assertEquals(null, ManagedFieldsUpgrade.upgraded(up), "nothing left to hand over");
        List<Object> only = ManagedFieldsUpgrade.upgraded(List.of(Map.of("manager", "helm", "operation", "Update")));
        assertEquals("Apply", ((Map<?, ?>) only.get(0)).get("operation"));
    }

    @Test
    void rollbackRestoresTheRevisionAndSupersedesEveryDeployedOne() throws IOException {
        Path c1 = chart("0.1.0", true, null);
        install(c1, "greeting=one");
        new Upgrade(context()).run(upgrade(chart("0.2.0", false, null), "greeting=two").build());
        assertFalse(kube.get(new ResourceRef(SA, "ns1", "web-sa")).isPresent());
        Release back = new Rollback(context()).run(RollbackOptions.builder().releaseName("web").namespace("ns1")
                .build()).release();
        assertEquals(3, back.version());
        assertEquals("Rollback to 1", back.info().description());
        assertEquals(1, back.info().rollbackRevision());
        assertEquals("0.1.0", back.chart().metadata().version());
        assertEquals(Map.of("greeting", "one"), back.config());
        assertTrue(kube.get(new ResourceRef(SA, "ns1", "web-sa")).isPresent(), "the dropped object is back");
        assertEquals("one", data("web-cm").get("greeting"));
        assertEquals(List.of(ReleaseStatus.SUPERSEDED, ReleaseStatus.SUPERSEDED, ReleaseStatus.DEPLOYED),
                storage.history("web").stream().sorted(java.util.Comparator.comparingInt(Release::version))
                        .map(Release::status).toList());
        Helm4jException none = assertThrows(Helm4jException.class, () -> new Rollback(context())
                .run(RollbackOptions.builder().releaseName("web").revision(9).namespace("ns1").build()));
        assertEquals("release has no 9 version", none.getMessage());
        Release custom = new Rollback(context()).run(RollbackOptions.builder().releaseName("web").revision(2)
                .description("back to two").namespace("ns1").build()).release();
        assertEquals("back to two", custom.info().description());
        assertThrows(Helm4jException.class, () -> RollbackOptions.builder().releaseName("web")
                .description("x".repeat(257)).build());
    }

    @Test
    void installRollbackOnFailureUninstallsTheFailedRelease() throws IOException {
        Path c = chart("0.1.0", false, "post-install");
        List<String> events = new java.util.ArrayList<>();
        ActionContext ctx = context().toBuilder().events(ev -> events.add(ev.message())).build();
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Install(ctx).run(InstallOptions.builder()
                .releaseName("web").chart(c.toString()).namespace("ns1").values(sets("hookName=fail"))
                .rollbackOnFailure(true).build()));
        assertTrue(e.getMessage().startsWith("release web failed, and has been uninstalled due to rollback-on-failure "
                + "being set: "), e.getMessage());
        assertThrows(Helm4jException.class, () -> storage.history("web"));
        assertFalse(kube.get(new ResourceRef(CM, "ns1", "web-cm")).isPresent());
        assertTrue(events.contains("uninstalled web"), events.toString());
    }

    @Test
    void installOverAnUninstalledReleaseTakesTheNextRevisionAsHelmsReplace() throws IOException {
        Path c = chart("0.1.0", false, null);
        install(c);
        new Uninstall(context()).run(new UninstallOptions("web", "ns1", true, false, false,
                io.helm4j.kube.PropagationPolicy.BACKGROUND, null));
        Helm4jException e = assertThrows(Helm4jException.class, () -> install(c));
        assertEquals("release name check failed: cannot reuse a name that is still in use", e.getMessage());
        UpgradeResult r = new Upgrade(context()).run(upgrade(c).install(true).build());
        assertTrue(r.installed());
        assertEquals(2, r.release().version());
        assertEquals(ReleaseStatus.SUPERSEDED, storage.get("web", 1).status());
        assertEquals("superseded by new release", storage.get("web", 1).info().description());
        assertEquals(ReleaseStatus.DEPLOYED, storage.get("web", 2).status());
    }
}
