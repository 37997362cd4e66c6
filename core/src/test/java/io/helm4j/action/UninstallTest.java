package io.helm4j.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helm4j.Helm4jException;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.ReleaseStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UninstallTest extends ActionTestBase {
    private static final GroupVersionKind CM = new GroupVersionKind("", "v1", "ConfigMap");

    private void install() throws IOException {
        Path c = dir.resolve("demo");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: gone\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kept\n  annotations:\n"
                + "    helm.sh/resource-policy: keep\n");
        new Install(context()).run(InstallOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1")
                .build());
    }

    private UninstallOptions options(boolean keepHistory, boolean ignoreNotFound) {
        return new UninstallOptions("web", "ns1", keepHistory, false, ignoreNotFound, null, null);
    }

    @Test
    void deletesTheObjectsButKeptOnesAndTheRecords() throws IOException {
        install();
        UninstallResult r = new Uninstall(context()).run(options(false, false));
        assertEquals(List.of("[ConfigMap] kept"), r.kept());
        assertEquals("These resources were kept due to the resource policy:\n[ConfigMap] kept\n", r.info());
        assertFalse(kube.get(new ResourceRef(CM, "ns1", "gone")).isPresent());
        assertTrue(kube.get(new ResourceRef(CM, "ns1", "kept")).isPresent());
        assertThrows(Helm4jException.class, () -> storage.get("web", 1));
    }

    @Test
    void anObjectAnotherOwnerTookIsLeftAndReportedAsHelm43Does() throws IOException {
        install();
        kube.replace(kube.build("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: gone, namespace: ns1}\n").getFirst(),
                io.helm4j.kube.WriteOptions.helm());
        List<io.helm4j.events.Event> events = new java.util.ArrayList<>();
        UninstallResult r = new Uninstall(context().toBuilder().events(events::add).build()).run(options(false, false));
        assertEquals(List.of("[ConfigMap] gone"), r.unowned());
        assertEquals("These resources were kept due to the resource policy:\n[ConfigMap] kept\n\n1 resource(s) were "
                + "not deleted because they are not owned by this release:\n[ConfigMap] gone\n", r.info());
        assertTrue(kube.get(new ResourceRef(CM, "ns1", "gone")).isPresent());
        assertTrue(events.contains(new io.helm4j.events.Event.Log("WARN",
                "skipping delete of resource not owned by this release",
                List.of("kind", "ConfigMap", "name", "gone", "namespace", "ns1", "release", "web"))));
    }

    @Test
    void keepHistoryMarksTheReleaseUninstalledAndASecondUninstallSaysSo() throws IOException {
        install();
        new Uninstall(context()).run(options(true, false));
        assertEquals(ReleaseStatus.UNINSTALLED, storage.get("web", 1).status());
        assertEquals("Uninstallation complete", storage.get("web", 1).info().description());
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Uninstall(context()).run(options(true, false)));
        assertEquals("the release named \"web\" is already deleted", e.getMessage());
    }

    @Test
    void aMissingReleaseIsAnErrorUnlessIgnored() {
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Uninstall(context()).run(options(false, false)));
        assertEquals("uninstall: Release not loaded: web: release: not found", e.getMessage());
        assertNull(new Uninstall(context()).run(options(false, true)).release());
    }

    @Test
    void waitingForDeletionReportsWhatStillExistsAfterRecordingTheUninstall() throws IOException {
        install();
        // a client whose deletions never finish (as with a finalizer): the object stays
        ActionContext ctx = ActionContext.builder().clock(clock).workingDir(dir).storage(storage)
                .kube(new Deletes(new ReadyKubeClient(kube), new java.util.ArrayList<>(), true)).build();
        Helm4jException e = assertThrows(Helm4jException.class, () -> new Uninstall(ctx).run(new UninstallOptions("web",
                "ns1", true, false, false, null, java.time.Duration.ofMillis(300), WaitStrategy.WATCHER)));
        assertEquals("uninstallation completed with 1 error(s): resource ConfigMap/ns1/gone still exists. status: Current, "
                + "message: Resource is always ready\ncontext deadline exceeded", e.getMessage());
        assertEquals(ReleaseStatus.UNINSTALLED, storage.last("web").status());
    }

    @Test
    void waitingForDeletionEndsWhenTheObjectsAreGone() throws IOException {
        install();
        new Uninstall(context()).run(new UninstallOptions("web", "ns1", false, false, false, null,
                java.time.Duration.ofSeconds(5), WaitStrategy.WATCHER));
        assertFalse(kube.get(new ResourceRef(CM, "ns1", "gone")).isPresent());
    }

    /** {@code --cascade}: the release's objects are deleted with the propagation policy asked for. */
    @Test
    void cascadeIsThePropagationPolicyOfTheDeletions() throws IOException {
        install();
        List<String> deletes = new java.util.ArrayList<>();
        ActionContext ctx = context().toBuilder().kube(new Deletes(new ReadyKubeClient(kube), deletes, false)).build();
        new Uninstall(ctx).run(new UninstallOptions("web", "ns1", false, false, false,
                io.helm4j.kube.PropagationPolicy.FOREGROUND, null, null));
        assertEquals(List.of("gone FOREGROUND"), deletes);
    }

    /** Deletions recorded with their propagation policy, and carried out unless {@code stuck} (accepted, never done). */
    private record Deletes(KubeClient inner, List<String> log, boolean stuck) implements KubeClient {
        @Override public String namespace() { return inner.namespace(); }
        @Override public io.helm4j.kube.ResourceMapping mapping(GroupVersionKind gvk) { return inner.mapping(gvk); }
        @Override public List<String> apiVersions() { return inner.apiVersions(); }
        @Override public io.helm4j.kube.KubeVersion serverVersion() { return inner.serverVersion(); }
        @Override public java.util.Optional<io.helm4j.kube.Resource> get(ResourceRef ref) { return inner.get(ref); }
        @Override public List<io.helm4j.kube.Resource> list(GroupVersionKind g, String ns, String sel) { return inner.list(g, ns, sel); }
        @Override public io.helm4j.kube.Resource apply(io.helm4j.kube.Resource r, io.helm4j.kube.ApplyOptions o) { return inner.apply(r, o); }
        @Override public io.helm4j.kube.Resource create(io.helm4j.kube.Resource r, io.helm4j.kube.WriteOptions o) { return inner.create(r, o); }
        @Override public void close() { }

        @Override
        public boolean delete(ResourceRef ref, io.helm4j.kube.DeleteOptions o) {
            synchronized (log) {
                log.add(ref.name() + " " + o.propagationPolicy());
            }
            return stuck ? inner.get(ref).isPresent() : inner.delete(ref, o);
        }
    }

    @Test
    void aDryRunChangesNothingAndWarnsOfWhatItWouldSkip() throws IOException {
        install();
        kube.replace(kube.build("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: gone, namespace: ns1}\n").getFirst(),
                io.helm4j.kube.WriteOptions.helm());
        List<io.helm4j.events.Event> events = new java.util.ArrayList<>();
        UninstallResult r = new Uninstall(context().toBuilder().events(events::add).build()).run(
                new UninstallOptions("web", "ns1", false, false, false, null, null, null, true, ""));
        assertEquals(1, r.release().version());
        assertEquals("These resources were kept due to the resource policy:\n[ConfigMap] kept\n", r.info());
        assertEquals(ReleaseStatus.DEPLOYED, storage.get("web", 1).status());
        assertTrue(kube.get(new ResourceRef(CM, "ns1", "gone")).isPresent());
        assertEquals(List.of(new io.helm4j.events.Event.Log("WARN",
                "dry-run: resources would be skipped because they are not owned by this release",
                List.of("release", "web", "count", "1")), new io.helm4j.events.Event.Log("WARN",
                "dry-run: would skip resource", List.of("kind", "ConfigMap", "name", "gone", "namespace", "ns1"))),
                events);
        assertNull(new Uninstall(context()).run(new UninstallOptions("nope", "ns1", false, false, true, null, null, null,
                true, "")).release());
    }

    @Test
    void aKeptRecordTakesTheDescriptionGiven() throws IOException {
        install();
        new Uninstall(context()).run(new UninstallOptions("web", "ns1", true, false, false, null, null, null, false,
                "bye"));
        assertEquals("bye", storage.get("web", 1).info().description());
    }
}
