package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run} with no value warns once, as Helm 4.3.2 does, though the command makes its options twice. */
class DryRunWarningTest {
    @Test
    void installDryRunWithoutAValueWarnsOnce(@TempDir Path tmp) throws IOException {
        Path c = Files.createDirectories(tmp.resolve("c/templates")).getParent();
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "install", "x", c.toString(), "--dry-run");
        // Helm 4.3.2's stderr for `helm install x c --dry-run` of this chart
        assertThat(r.err()).isEqualTo("level=WARN msg=\"--dry-run is deprecated and should be replaced with "
                + "'--dry-run=client'\"\n");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("NAME: x\n");
    }
}
