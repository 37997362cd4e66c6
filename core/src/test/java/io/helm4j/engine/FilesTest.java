package io.helm4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helm4j.chart.ChartFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilesTest {
    private static ChartFile file(String name, String text) {
        return new ChartFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void asConfigKeysFilesByGoPathBase() {
        Files files = Files.of(List.of(file("conf/a.txt", "x"), file("b/", "y")));
        assertEquals("a.txt: x\nb: \"y\"", files.asConfig());
    }

    @Test
    void anEmptyPathIsKeyedAsGoPathBaseDoesWithADot() {
        // Helm's AsConfig keys by path.Base, which turns "" into "."; the old copy kept "".
        Files files = Files.of(List.of(file("", "v")));
        assertEquals(".: v", files.asConfig());
        assertEquals(".: dg==", files.asSecrets());
    }
}
