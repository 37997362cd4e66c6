package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code package --sign} and {@code verify} against the real Helm 4: what helm4j signs Helm verifies and the
 * other way round, and both programs print the same output and errors (with the same exit code) for the same
 * command lines. The keys are core's throw-away test keyring ({@code io/helm4j/provenance/README.md}). Skipped,
 * saying so, when Helm 4 is not installed.
 */
class ProvenanceDifferentialTest {
    static final Path KEYS = Path.of("../core/src/test/resources/io/helm4j/provenance");
    @TempDir
    Path tmp;
    Path chart;
    String pubring;
    String secring;
    String pass;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed at " + HelpGoldensTest.HELM4
                + ": the differential provenance test is skipped");
        chart = tmp.resolve("src/signed");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: signed\nversion: 1.2.3\n"
                + "description: a chart to sign\nappVersion: \"2.0\"\nkeywords: [a, b]\n"
                + "maintainers:\n- name: someone\n  email: s@e.x\n");
        Files.writeString(chart.resolve("values.yaml"), "a: 1\n");
        Files.writeString(chart.resolve("templates/cm.yaml"), "kind: ConfigMap\n");
        pubring = copy("pubring.gpg");
        secring = copy("secring.gpg");
        pass = tmp.resolve("pass").toString();
        Files.writeString(Path.of(pass), "helm4j-test\n");
    }

    private String copy(String name) throws IOException {
        Path out = tmp.resolve(name);
        Path source = KEYS.resolve(name);
        assertThat(source).as("core's test keyring (tests run in the cli module)").exists();
        Files.copy(source, out);
        return out.toString();
    }

    @Test
    void helmVerifiesWhatHelm4jSignsAndTheOtherWayRound() throws Exception {
        for (String key : List.of("helm4j test", "ed25519")) {
            String dir = tmp.resolve("by-helm4j-" + key.charAt(0)).toString();
            Cmd signed = helm4j(List.of("package", chart.toString(), "-d", dir, "--sign", "--key", key,
                    "--keyring", secring, "--passphrase-file", pass));
            assertThat(signed.code()).as(signed.toString()).isZero();
            List<String> verify = List.of("verify", dir + "/signed-1.2.3.tgz", "--keyring", pubring);
            Cmd byHelm = helm(verify);
            assertThat(byHelm.code()).as(byHelm.toString()).isZero();
            assertThat(helm4j(verify).toString()).isEqualTo(byHelm.toString());

            String helmDir = tmp.resolve("by-helm-" + key.charAt(0)).toString();
            Cmd helmSigned = helm(List.of("package", chart.toString(), "-d", helmDir, "--sign", "--key", key,
                    "--keyring", secring, "--passphrase-file", pass));
            assertThat(helmSigned.code()).as(helmSigned.toString()).isZero();
            List<String> verifyHelms = List.of("verify", helmDir + "/signed-1.2.3.tgz", "--keyring", pubring);
            Cmd mine = helm4j(verifyHelms);
            assertThat(mine.code()).as(mine.toString()).isZero();
            assertThat(mine.toString()).isEqualTo(helm(verifyHelms).toString());
            // the signed message blocks agree but for the archive's sum (the archives' times differ)
            assertThat(messageBlock(dir)).isEqualTo(messageBlock(helmDir));
        }
    }

    @Test
    void verifyFailsAsHelmFails() throws Exception {
        String dir = tmp.resolve("out").toString();
        assertThat(helm(List.of("package", chart.toString(), "-d", dir, "--sign", "--key", "ed25519",
                "--keyring", secring)).code()).isZero();
        Path archive = Path.of(dir, "signed-1.2.3.tgz");
        Path prov = Path.of(dir, "signed-1.2.3.tgz.prov");
        Path changed = Path.of(dir, "changed/signed-1.2.3.tgz");
        Files.createDirectories(changed.getParent());
        Files.copy(archive, changed);
        Files.write(changed, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        Files.copy(prov, Path.of(changed + ".prov"));
        Files.copy(archive, Path.of(dir, "renamed-1.2.3.tgz"));
        Files.copy(prov, Path.of(dir, "renamed-1.2.3.tgz.prov"));
        Files.copy(archive, Path.of(dir, "edited-1.2.3.tgz"));
        Files.writeString(Path.of(dir, "edited-1.2.3.tgz.prov"),
                Files.readString(prov).replace("name: signed", "name: signee"));
        Files.copy(archive, Path.of(dir, "junk-1.2.3.tgz"));
        Files.writeString(Path.of(dir, "junk-1.2.3.tgz.prov"), "junk\n");
        Files.copy(archive, Path.of(dir, "bare-1.2.3.tgz"));
        compare(List.of(
                List.of("verify", changed.toString(), "--keyring", pubring),
                List.of("verify", dir + "/renamed-1.2.3.tgz", "--keyring", pubring),
                List.of("verify", dir + "/edited-1.2.3.tgz", "--keyring", pubring),
                List.of("verify", dir + "/junk-1.2.3.tgz", "--keyring", pubring),
                List.of("verify", dir + "/bare-1.2.3.tgz", "--keyring", pubring),
                List.of("verify", dir + "/none-1.2.3.tgz", "--keyring", pubring),
                List.of("verify", dir, "--keyring", pubring),
                List.of("verify", archive.toString(), "--keyring", tmp.resolve("none.gpg").toString()),
                List.of("verify", archive.toString(), "--keyring", pass),
                List.of("verify", archive.toString(), "--keyring", secring)));
    }

    @Test
    void verifyOnTemplateShowAndInstallChecksTheArchiveAsHelmDoes() throws Exception {
        String dir = tmp.resolve("v").toString();
        Cmd signed = helm4j(List.of("package", chart.toString(), "-d", dir, "--sign", "--key", "ed25519",
                "--keyring", secring));
        assertThat(signed.code()).as(signed.toString()).isZero();
        String archive = dir + "/signed-1.2.3.tgz";
        Path changed = Path.of(dir, "changed/signed-1.2.3.tgz");
        Files.createDirectories(changed.getParent());
        Files.copy(Path.of(archive), changed);
        Files.write(changed, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        Files.copy(Path.of(archive + ".prov"), Path.of(changed + ".prov"));
        Files.copy(Path.of(archive), Path.of(dir, "bare-1.2.3.tgz"));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("template", "rel", archive, "--verify", "--keyring", pubring));
        lines.add(List.of("show", "chart", archive, "--verify", "--keyring", pubring));
        for (String bad : List.of(changed.toString(), dir + "/bare-1.2.3.tgz", chart.toString())) {
            lines.add(List.of("template", "rel", bad, "--verify", "--keyring", pubring));
            lines.add(List.of("show", "values", bad, "--verify", "--keyring", pubring));
            lines.add(List.of("install", "rel", bad, "--verify", "--keyring", pubring));
        }
        lines.add(List.of("template", "rel", archive, "--verify", "--keyring", tmp.resolve("none.gpg").toString()));
        compare(lines);
    }

    @Test
    void signingFailsAsHelmFails() throws Exception {
        Path wrong = tmp.resolve("wrong");
        Files.writeString(wrong, "nope\n");
        List<List<String>> lines = new ArrayList<>();
        for (List<String> flags : List.of(
                List.of("--key", "helm4j test", "--keyring", secring, "--passphrase-file", wrong.toString()),
                List.of("--key", "helm4j", "--keyring", secring),
                List.of("--key", "nobody", "--keyring", secring),
                List.of("--key", "ed25519", "--keyring", pubring),
                List.of("--key", "ed25519", "--keyring", tmp.resolve("none.gpg").toString()),
                List.of("--keyring", secring),
                List.of("--key", "ed25519", "--keyring", ""))) {
            List<String> line = new ArrayList<>(List.of("package", chart.toString(), "-d",
                    tmp.resolve("fail").toString(), "--sign"));
            line.addAll(flags);
            lines.add(line);
        }
        compare(lines);
    }

    /** The signed text without the archive's sum and the signature. */
    private static String messageBlock(String dir) throws IOException {
        String prov = Files.readString(Path.of(dir, "signed-1.2.3.tgz.prov"));
        return prov.substring(0, prov.indexOf("-----BEGIN PGP SIGNATURE-----"))
                .replaceAll("sha256:[0-9a-f]{64}", "sha256:SUM");
    }

    /** Runs each line with Helm 4, then helm4j, comparing output, exit codes and the files left in fail/. */
    private void compare(List<List<String>> lines) throws Exception {
        for (List<String> line : lines) {
            Cmd helm = helm(line);
            String helmFiles = listing(tmp.resolve("fail"));
            clear(tmp.resolve("fail"));
            Cmd mine = helm4j(line);
            assertThat(mine.toString()).as(String.join(" ", line)).isEqualTo(helm.toString());
            assertThat(listing(tmp.resolve("fail"))).as(String.join(" ", line)).isEqualTo(helmFiles);
            clear(tmp.resolve("fail"));
        }
    }

    private static String listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        try (var s = Files.list(dir)) {
            return String.join(",", s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    record Cmd(List<String> line, int code, String out, String err) {
        @Override
        public String toString() {
            return "$ helm " + String.join(" ", line) + "\nexit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cmd helm4j(List<String> args) {
        CliBasicsTest.Result r = CliBasicsTest.runAs("helm", Map.of(), args.toArray(String[]::new));
        return new Cmd(args, r.code(), r.out(), r.err());
    }

    private Cmd helm(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(HelpGoldensTest.HELM4.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("HOME", "/home/u");
        Path out = tmp.resolve("helm.out");
        Path err = tmp.resolve("helm.err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        int code = p.waitFor();
        return new Cmd(args, code, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
