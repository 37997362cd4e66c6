package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.events.Event;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import io.helm4j.values.UpgradeValues;
import io.helm4j.values.ValueOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code diff upgrade} shows what {@code upgrade} applies: for each values mode, with and without new values,
 * the manifest the diff compares against is the one the upgrade then records, and the server-side change set
 * the diff computed is empty once the upgrade ran (nothing was left out).
 */
class DiffUpgradeAgreementTest {
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

    /** A chart whose defaults differ by version, so each values mode renders something of its own. */
    private Path chart(String version, String values) throws IOException {
        Path c = dir.resolve("demo-" + version);
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: " + version + "\n");
        Files.writeString(c.resolve("values.yaml"), values);
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\ndata:\n  greeting: {{ .Values.greeting | quote }}\n"
                + "  color: {{ .Values.color | quote }}\n  size: {{ .Values.size | default \"none\" | quote }}\n"
                + "  revision: \"{{ .Release.Revision }}\"\n");
        return c;
    }

    private static ValueOptions set(String... s) {
        return new ValueOptions(null, List.of(s), null, null, null, null);
    }

    @BeforeEach
    void installRevisionOne() throws IOException {
        new Install(context()).run(InstallOptions.builder().releaseName("web")
                .chart(chart("0.1.0", "greeting: hi\ncolor: red\n").toString()).namespace("ns1")
                .values(set("greeting=custom")).build());
    }

    static Stream<Arguments> modes() {
        List<Arguments> out = new ArrayList<>();
        for (UpgradeValues.Mode m : UpgradeValues.Mode.values()) {
            out.add(Arguments.of(m, List.of()));
            out.add(Arguments.of(m, List.of("color=green")));
        }
        return out.stream();
    }

    private DiffOptions diff(UpgradeValues.Mode mode, List<String> given, Path chart) {
        return diff(mode, given, chart, false);
    }

    private DiffOptions diff(UpgradeValues.Mode mode, List<String> given, Path chart, boolean clientOnly) {
        return DiffOptions.builder().clientOnly(clientOnly).mode(DiffOptions.Mode.UPGRADE).release("web").chart(chart.toString())
                .namespace("ns1").values(set(given.toArray(String[]::new)))
                .resetValues(mode == UpgradeValues.Mode.RESET).reuseValues(mode == UpgradeValues.Mode.REUSE)
                .resetThenReuseValues(mode == UpgradeValues.Mode.RESET_THEN_REUSE).build();
    }

    private UpgradeOptions upgrade(UpgradeValues.Mode mode, List<String> given, Path chart) {
        return UpgradeOptions.builder().releaseName("web").chart(chart.toString()).namespace("ns1")
                .values(set(given.toArray(String[]::new)))
                .resetValues(mode == UpgradeValues.Mode.RESET).reuseValues(mode == UpgradeValues.Mode.REUSE)
                .resetThenReuseValues(mode == UpgradeValues.Mode.RESET_THEN_REUSE).build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modes")
    void theDiffComparesAgainstWhatTheUpgradeThenRecordsAndApplies(UpgradeValues.Mode mode, List<String> given)
            throws IOException {
        Path v2 = chart("0.2.0", "greeting: hello\ncolor: blue\nsize: big\n");
        DiffResult before = new Diff(context()).run(diff(mode, given, v2));
        DiffResult client = new Diff(context()).run(diff(mode, given, v2, true));
        UpgradeResult up = new Upgrade(context()).run(upgrade(mode, given, v2));

        assertThat(before.targetManifest()).isEqualTo(up.release().manifest());
        assertThat(client.targetManifest()).isEqualTo(up.release().manifest());
        assertThat(before.changes().hasChanges()).isTrue();
        DiffResult after = new Diff(context()).run(diff(mode, given, v2));
        assertThat(after.changes().changes()).as("only the revision number changes again")
                .allSatisfy(c -> assertThat(c.fields()).extracting(f -> f.path()).containsExactly(".data.revision"));
    }

    @Test
    void theModesRenderDifferentTargetsSoTheAgreementAboveMeansSomething() throws IOException {
        Path v2 = chart("0.2.0", "greeting: hello\ncolor: blue\nsize: big\n");
        Set<String> targets = new HashSet<>();
        for (UpgradeValues.Mode m : UpgradeValues.Mode.values()) {
            targets.add(new Diff(context()).run(diff(m, List.of("color=green"), v2)).targetManifest());
        }
        // DEFAULT with new values is RESET (Helm's rule); REUSE keeps the old chart's defaults,
        // RESET_THEN_REUSE the new chart's under the old config
        assertThat(targets).hasSize(3);
    }
}
