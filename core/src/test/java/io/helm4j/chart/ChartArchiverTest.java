package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartArchiverTest {
    @TempDir
    Path tmp;

    private static Chart chart(String chartYaml, ChartFile... more) {
        List<ChartFile> files = new java.util.ArrayList<>();
        files.add(new ChartFile("Chart.yaml", chartYaml.getBytes(StandardCharsets.UTF_8)));
        files.addAll(List.of(more));
        return ChartLoader.create().loadFiles(files);
    }

    private static ChartFile file(String name, String text) {
        return new ChartFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sameChartSameBytesAndTheGzipHeaderIsHelmsWithoutATimestamp() throws Exception {
        Chart c = chart("apiVersion: v2\nname: a\nversion: 1.0.0\n", file("values.yaml", "x: 1\n"),
                file("templates/cm.yaml", "kind: ConfigMap\n"));
        ChartArchiver archiver = new ChartArchiver(Instant.EPOCH);
        byte[] one = archiver.toBytes(c);
        assertThat(archiver.toBytes(c)).isEqualTo(one);
        assertThat(one[3]).isEqualTo((byte) 0x14); // FEXTRA | FCOMMENT
        assertThat(new byte[] {one[4], one[5], one[6], one[7]}).containsOnly(0);
        assertThat(new String(one, 12, 40, StandardCharsets.US_ASCII)).startsWith("+aHR0cHM6");
        new GZIPInputStream(new ByteArrayInputStream(one)).readAllBytes();
        Chart back = ChartLoader.create().loadArchive(new ByteArrayInputStream(one), "a-1.0.0.tgz");
        assertThat(back.metadata()).isEqualTo(c.metadata());
        assertThat(back.templates().get(0).text()).isEqualTo("kind: ConfigMap\n");
        assertThat(new String(back.rawFile("values.yaml"), StandardCharsets.UTF_8)).isEqualTo("x: 1\n");
    }

    @Test
    void aNewArchiveGetsTheModeOfANewFileAndAnExistingOneKeepsItsMode() throws Exception {
        Chart c = chart("apiVersion: v2\nname: a\nversion: 1.0.0\n");
        ChartArchiver archiver = new ChartArchiver(Instant.EPOCH);
        Path archive = archiver.save(c, tmp);
        // Helm's os.Create: 0666 less the umask (0644 under the usual 022), as any new file; not 0600
        Path plain = Files.createFile(tmp.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(archive)).isEqualTo(Files.getPosixFilePermissions(plain));
        Files.setPosixFilePermissions(archive, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        archiver.save(c, tmp);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)))
                .isEqualTo("rw-rw----");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a-1.0.0.tgz", "plain");
        }
    }

    @Test
    void chartYamlIsRemarshalledAndV1DependenciesAreLeftToRequirementsYaml() throws Exception {
        Chart c = chart("name: old\nversion: 0.1.0\ndescription: d\ndependencies:\n- name: x\n  repository: r\n",
                file("requirements.yaml", "dependencies:\n- name: x\n  repository: r\n"));
        Chart back = ChartLoader.create().loadArchive(new ByteArrayInputStream(new ChartArchiver(Instant.EPOCH)
                .toBytes(c)), "old.tgz");
        assertThat(new String(back.rawFile("Chart.yaml"), StandardCharsets.UTF_8))
                .isEqualTo("apiVersion: v1\ndescription: d\nname: old\nversion: 0.1.0\n");
        assertThat(back.rawFile("requirements.yaml")).isNotNull();
    }

    @Test
    void longAndNonAsciiNamesSurviveTheRoundTrip() {
        String longName = "templates/" + "deep/".repeat(30) + "config-ünïcode.yaml";
        Chart c = chart("apiVersion: v2\nname: a\nversion: 1.0.0\n", file(longName, "kind: ConfigMap\n"));
        Chart back = ChartLoader.create().loadArchive(
                new ByteArrayInputStream(new ChartArchiver(Instant.EPOCH).toBytes(c)), "a.tgz");
        assertThat(back.templates()).extracting(ChartFile::name).containsExactly(longName);
    }

    @Test
    void lockTimesReadAsGoWritesThem() {
        assertThat(ChartLockWriter.goTime("2019-04-18T10:38:30.574218-07:00")).isEqualTo("2019-04-18T10:38:30.574218-07:00");
        assertThat(ChartLockWriter.goTime("2019-04-18T10:38:30.500+00:00")).isEqualTo("2019-04-18T10:38:30.5Z");
        assertThat(ChartLockWriter.goTime(null)).isEqualTo("0001-01-01T00:00:00Z");
        String lock = ChartLockWriter.remarshal(("generated: \"2025-08-14T16:37:52.359356815Z\"\nextra: 1\n"
                + "digest: sha256:ab\ndependencies:\n- name: common\n  version: 2.31.4\n  repository: oci://x\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(lock).isEqualTo("dependencies:\n- name: common\n  repository: oci://x\n  version: 2.31.4\n"
                + "digest: sha256:ab\ngenerated: \"2025-08-14T16:37:52.359356815Z\"\n");
    }

    @Test
    void savingReplacesAtomicallyAndRefusesAFileAsDirectory() throws Exception {
        Chart c = chart("apiVersion: v2\nname: a\nversion: 1.0.0\n");
        Path saved = new ChartArchiver(Instant.EPOCH).save(c, tmp.resolve("new/dir"));
        assertThat(saved).isEqualTo(tmp.resolve("new/dir/a-1.0.0.tgz")).exists();
        try (var s = Files.list(tmp.resolve("new/dir"))) {
            assertThat(s.toList()).containsExactly(saved);
        }
        Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> new ChartArchiver(Instant.EPOCH).save(c, tmp.resolve("file")))
                .isInstanceOf(ChartException.class).hasMessageContaining("is not a directory");
    }
}
