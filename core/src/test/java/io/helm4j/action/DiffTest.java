package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helm4j.UsageException;
import io.helm4j.diff.ChangeType;
import io.helm4j.diff.DiffSettings;
import io.helm4j.diff.FieldChange;
import io.helm4j.diff.ResourceChange;
import io.helm4j.events.Event;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import io.helm4j.values.ValueOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffTest {
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

    static Path chart(Path dir) throws IOException {
        Path c = dir.resolve("demo");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "greeting: hi\npassword: s3cret\nextra: false\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\ndata:\n  greeting: {{ .Values.greeting }}\n  release: \"{{ .Release.Revision }}\"\n");
        Files.writeString(c.resolve("templates/secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata:\n"
                + "  name: {{ .Release.Name }}-secret\nstringData:\n  password: {{ .Values.password }}\n  user: admin\n");
        Files.writeString(c.resolve("templates/extra.yaml"), "{{ if .Values.extra }}apiVersion: v1\nkind: ServiceAccount\n"
                + "metadata:\n  name: {{ .Release.Name }}-extra\n{{ end }}\n");
        Files.writeString(c.resolve("templates/keep.yaml"), "{{ if not .Values.extra }}apiVersion: v1\nkind: ConfigMap\n"
                + "metadata:\n  name: {{ .Release.Name }}-keep\n  annotations:\n    helm.sh/resource-policy: keep\n{{ end }}\n");
        return c;
    }

    @BeforeEach
    void install() throws IOException {
        new Install(context()).run(InstallOptions.builder().releaseName("web").chart(chart(dir).toString())
                .namespace("ns1").build());
        events.clear();
    }

    private DiffOptions.Builder upgrade(String... set) throws IOException {
        return DiffOptions.builder().mode(DiffOptions.Mode.UPGRADE).release("web").chart(chart(dir).toString())
                .namespace("ns1").values(new ValueOptions(null, List.of(set), null, null, null, null));
    }

    @Test
    void anUpgradeShowsChangedAddedAndRemovedObjectsWithTheirFieldsAndWritesNothing() throws IOException {
        List<String> before = kube.operations();
        var changes = new Diff(context()).run(upgrade("greeting=hello", "extra=true").build()).changes();
        assertThat(changes.changes()).extracting(c -> c.ref().name() + " " + c.type())
                .containsExactly("web-cm MODIFY", "web-extra ADD");
        ResourceChange cm = changes.changes().get(0);
        assertThat(cm.fields()).containsExactly(new FieldChange(".data.greeting", "hi", "hello"),
                new FieldChange(".data.release", "1", "2"));
        assertThat(cm.key()).isEqualTo("ns1, web-cm, ConfigMap (v1)");
        assertThat(kube.operations().subList(before.size(), kube.operations().size()))
                .allMatch(op -> op.endsWith("(dry run)"));
        assertThat(storage.history("web")).hasSize(1);
        assertThat(events).extracting(Event::message).containsExactly(
                "ns1/web-cm /v1, Kind=ConfigMap: MODIFY (2 fields)", "ns1/web-extra /v1, Kind=ServiceAccount: ADD (1 field)");
    }

    @Test
    void secretValuesAreMaskedUnlessShown() throws IOException {
        var masked = new Diff(context()).run(upgrade("password=n3w").build()).changes().changes().stream()
                .filter(c -> c.ref().gvk().kind().equals("Secret")).findFirst().orElseThrow();
        assertThat(masked.fields()).containsExactly(new FieldChange(".data.password", "(old value hidden)", "(changed)"));
        assertThat(masked.after()).contains("password: (changed)").contains("user: (unchanged)").doesNotContain("bjN3");
        assertThat(masked.before()).doesNotContain("czNjcmV0");
        var shown = new Diff(context()).run(upgrade("password=n3w").settings(new DiffSettings(true, Set.of(), false))
                .build()).changes().changes().stream().filter(c -> c.ref().gvk().kind().equals("Secret")).findFirst()
                .orElseThrow();
        assertThat(shown.fields()).containsExactly(new FieldChange(".data.password", "czNjcmV0", "bjN3"));
    }

    /**
     * {@code --show-secrets-decoded} in every mode: an upgrade asked of the server, a client-side upgrade, a rollback,
     * two revisions and two releases; the Secret's values are shown decoded as {@code stringData}, never base64.
     */
    @Test
    void secretValuesAreShownDecodedInEveryMode() throws IOException {
        DiffSettings decoded = DiffSettings.defaults().withSecretsDecoded(true);
        java.util.function.Function<DiffOptions.Builder, ResourceChange> secret = b -> new Diff(context())
                .run(b.settings(decoded).build()).changes().changes().stream()
                .filter(c -> c.ref().gvk().kind().equals("Secret")).findFirst().orElseThrow();
        ResourceChange server = secret.apply(upgrade("password=n3w"));
        assertThat(server.fields()).containsExactly(new FieldChange(".stringData.password", "s3cret", "n3w"));
        assertThat(server.after()).contains("stringData:\n  password: n3w\n  user: admin\n").doesNotContain("bjN3");
        assertThat(server.before()).contains("password: s3cret").doesNotContain("czNjcmV0").doesNotContain("\ndata:");
        ResourceChange client = secret.apply(upgrade("password=n3w").clientOnly(true));
        assertThat(client.fields()).containsExactly(new FieldChange(".stringData.password", "s3cret", "n3w"));
        assertThat(client.after()).startsWith("# Source: demo/templates/secret.yaml\n").contains("password: n3w");
        new InstallLikeUpgrade(context(), storage).upgrade("web", "ns1", chart(dir), "password=n3w");
        assertThat(secret.apply(DiffOptions.builder().mode(DiffOptions.Mode.ROLLBACK).release("web").namespace("ns1")
                .revision(1)).fields()).containsExactly(new FieldChange(".stringData.password", "n3w", "s3cret"));
        assertThat(secret.apply(DiffOptions.builder().mode(DiffOptions.Mode.REVISION).release("web").namespace("ns1")
                .revision(1).otherRevision(2)).fields())
                .containsExactly(new FieldChange(".stringData.password", "s3cret", "n3w"));
        new Install(context()).run(InstallOptions.builder().releaseName("web2").chart(chart(dir).toString())
                .namespace("ns1").build());
        assertThat(secret.apply(DiffOptions.builder().mode(DiffOptions.Mode.RELEASE).release("web").otherRelease("web2")
                .namespace("ns1")).before()).contains("password: n3w").doesNotContain("bjN3");
    }

    @Test
    void removalsSpareKeptObjectsAndUnchangedObjectsAreNotListed() throws IOException {
        var changes = new Diff(context()).run(upgrade().reuseValues(true).build()).changes();
        assertThat(changes.changes()).extracting(c -> c.ref().name() + " " + c.type())
                .containsExactly("web-cm MODIFY"); // only .Release.Revision moves
        var kept = new Diff(context()).run(upgrade("extra=true").build()).changes();
        assertThat(kept.changes()).noneMatch(c -> c.type() == ChangeType.REMOVE);
    }

    @Test
    void aClientDiffComparesManifestsWithoutTheCluster() throws IOException {
        List<String> before = kube.operations();
        var changes = new Diff(context()).run(upgrade("greeting=hello").clientOnly(true).build()).changes();
        assertThat(changes.changes()).extracting(c -> c.ref().name() + " " + c.type()).containsExactly("web-cm MODIFY");
        assertThat(changes.changes().get(0).after())
                .startsWith("# Source: demo/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\n")
                .contains("greeting: hello");
        assertThat(kube.operations()).isEqualTo(before);
    }

    @Test
    void rollbackAndRevisionCompareRecordedRevisions() throws IOException {
        new InstallLikeUpgrade(context(), storage).upgrade("web", "ns1", chart(dir), "greeting=bye");
        var rollback = new Diff(context()).run(DiffOptions.builder().mode(DiffOptions.Mode.ROLLBACK).release("web")
                .namespace("ns1").revision(1).build()).changes();
        assertThat(rollback.changes()).extracting(c -> c.ref().name() + " " + c.type()).containsExactly("web-cm MODIFY");
        var revision = new Diff(context()).run(DiffOptions.builder().mode(DiffOptions.Mode.REVISION).release("web")
                .namespace("ns1").revision(1).otherRevision(2).build()).changes();
        assertThat(revision.changes().get(0).fields()).contains(new FieldChange(".data.greeting", "hi", "bye"));
    }

    @Test
    void theValueFlagsTakePrecedenceAsUpgradesDoAndOtherBadOptionsAreRejected() throws IOException {
        for (boolean reset : new boolean[] {false, true}) {
            for (boolean reuse : new boolean[] {false, true}) {
                for (boolean thenReuse : new boolean[] {false, true}) {
                    var diff = upgrade().resetValues(reset).reuseValues(reuse).resetThenReuseValues(thenReuse).build();
                    var up = UpgradeOptions.builder().releaseName("web").chart("c").resetValues(reset)
                            .reuseValues(reuse).resetThenReuseValues(thenReuse).build();
                    assertThat(diff.valuesMode()).as(reset + " " + reuse + " " + thenReuse).isEqualTo(up.valuesMode());
                }
            }
        }
        assertThrows(UsageException.class, () -> DiffOptions.builder().mode(DiffOptions.Mode.ROLLBACK).release("web")
                .build());
    }

    /** {@code diff release A B}: the latest revisions of two releases compared, objects matched by kind and name. */
    @Test
    void twoReleasesCompareTheirLatestManifests() throws IOException {
        new Install(context()).run(InstallOptions.builder().releaseName("web2").chart(chart(dir).toString())
                .namespace("ns1").build());
        var changes = new Diff(context()).run(DiffOptions.builder().mode(DiffOptions.Mode.RELEASE).release("web")
                .otherRelease("web2").namespace("ns1").build()).changes();
        assertThat(changes.changes()).extracting(c -> c.ref().name() + " " + c.type()).containsExactly(
                "web-cm REMOVE", "web-secret REMOVE", "web2-cm ADD", "web2-keep ADD", "web2-secret ADD"); // web-keep: kept
    }

    /** {@code --normalize-manifests}: style (key order, quoting, flow maps) is not a change; a value is. */
    @Test
    void normalizedManifestsIgnoreStyleButNotValues() {
        String a = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: \"1\"\n  z: two\n";
        String b = "kind: ConfigMap\napiVersion: v1\nmetadata: {name: c}\ndata: {z: 'two', x: '1'}\n";
        assertThat(io.helm4j.diff.ChangeSetEngine.manifests(a, b, "ns1", DiffSettings.defaults()).changes())
                .extracting(c -> c.ref().name() + " " + c.type()).containsExactly("c MODIFY");
        DiffSettings normalize = new DiffSettings(false, Set.of(), true);
        assertThat(io.helm4j.diff.ChangeSetEngine.manifests(a, b, "ns1", normalize).changes()).isEmpty();
        assertThat(io.helm4j.diff.ChangeSetEngine.manifests(a, b.replace("'two'", "three"), "ns1", normalize)
                .changes().get(0).fields()).containsExactly(new FieldChange(".data.z", "two", "three"));
    }

    /** {@code --suppress KIND}: the object is listed as changed, its content is not shown. */
    @Test
    void aSuppressedKindIsListedWithoutItsContent() throws IOException {
        var changes = new Diff(context()).run(upgrade("greeting=hello").settings(new DiffSettings(false,
                Set.of("ConfigMap"), false)).build()).changes();
        assertThat(changes.changes()).singleElement().satisfies(c -> assertThat(c.suppressed()).isTrue());
        assertThat(io.helm4j.diff.ChangeSetFormat.render(changes, "diff", -1))
                .contains("+ Changes suppressed on sensitive content of type ConfigMap\n").doesNotContain("hello");
    }

    /** Events name objects and counts, never a value: a Secret's stays out of them even with --show-secrets. */
    @Test
    void eventsCarryNoValuesEvenWhenSecretsAreShown() throws IOException {
        new Diff(context()).run(upgrade("password=n3w").settings(new DiffSettings(true, Set.of(), false)).build());
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.toString() + e.message())
                .doesNotContain("n3w", "bjN3", "s3cret", "czNjcmV0"));
    }
}
