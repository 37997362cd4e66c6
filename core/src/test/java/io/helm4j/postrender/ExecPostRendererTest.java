package io.helm4j.postrender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm 3's exec post-renderer: the command's stdin, stdout and stderr, and how it is found. */
class ExecPostRendererTest {
    @TempDir
    Path dir;

    private Path script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void feedsStdinPassesArgumentsAndReturnsStdout() throws Exception {
        script("pr.sh", "sed \"s/$1/$2/\"\n");
        ExecPostRenderer pr = ExecPostRenderer.of("./pr.sh", List.of("old", "new"), Map.of(), dir);
        assertThat(pr.binary()).isEqualTo(dir.resolve("pr.sh").toAbsolutePath());
        assertThat(pr.run("name: old\n")).isEqualTo("name: new\n");
    }

    @Test
    void namesWithoutASlashAreLookedUpInPath() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script("bin/upper", "tr a-z A-Z\n");
        ExecPostRenderer pr = ExecPostRenderer.of("upper", List.of(), Map.of("PATH", "/nonexistent:" + bin), dir);
        assertThat(pr.run("a: b\n")).isEqualTo("A: B\n");
        assertThatThrownBy(() -> ExecPostRenderer.of("upper", List.of(), Map.of("PATH", "/nonexistent"), dir))
                .hasMessage("unable to find binary at upper: exec: \"upper\": executable file not found in $PATH");
    }

    @Test
    void aMissingOrNonExecutableFileIsRefusedAsGosLookPathRefusesIt() throws IOException {
        Files.writeString(dir.resolve("plain.yaml"), "a: 1\n");
        assertThatThrownBy(() -> ExecPostRenderer.of("./nope", List.of(), Map.of(), dir))
                .hasMessage("unable to find binary at ./nope: exec: \"./nope\": stat ./nope: no such file or directory");
        assertThatThrownBy(() -> ExecPostRenderer.of("./plain.yaml", List.of(), Map.of(), dir))
                .hasMessage("unable to find binary at ./plain.yaml: exec: \"./plain.yaml\": permission denied");
    }

    @Test
    void aFailingCommandReportsItsStderrAndExitStatus() throws IOException {
        Path p = script("fail.sh", "cat >/dev/null\necho 'bad input' >&2\nexit 3\n");
        ExecPostRenderer pr = ExecPostRenderer.of(p.toString(), List.of(), Map.of(), dir);
        assertThatThrownBy(() -> pr.run("a: 1\n")).isInstanceOf(Helm4jException.class)
                .hasMessage("error while running command " + p + ". error output:\nbad input\n: exit status 3");
    }

    @Test
    void anEmptyOutputIsAnError() throws IOException {
        Path p = script("empty.sh", "echo '  '\n");
        ExecPostRenderer pr = ExecPostRenderer.of(p.toString(), List.of(), Map.of(), dir);
        assertThatThrownBy(() -> pr.run("a: 1\n")).hasMessage("post-renderer \"" + p + "\" produced empty output");
    }
}
