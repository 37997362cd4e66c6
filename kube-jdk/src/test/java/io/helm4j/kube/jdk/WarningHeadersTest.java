package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warning headers read as apimachinery's {@code ParseWarningHeaders} (cases from its own {@code http_test.go}). */
class WarningHeadersTest {
    @Test
    void severalWarningsInOneHeaderAndABrokenOneKeepTheWarningsBeforeIt() {
        assertThat(WarningHeaders.parse(List.of(
                "299 - \"warning 1.1\",299 - \"warning 1.2\"",
                "299 - \"warning 2\", 299 - \"warning unquoted",
                " 299 - \"warning 3.1\" ,  299 - \"warning 3.2\" "))).containsExactly(
                        new WarningHeaders.Warning(299, "-", "warning 1.1"),
                        new WarningHeaders.Warning(299, "-", "warning 1.2"),
                        new WarningHeaders.Warning(299, "-", "warning 2"),
                        new WarningHeaders.Warning(299, "-", "warning 3.1"),
                        new WarningHeaders.Warning(299, "-", "warning 3.2"));
    }

    @Test
    void backslashesEscapeAndADateIsSkipped() {
        assertThat(WarningHeaders.parse(List.of(
                "299 kube-apiserver \"unknown field \\\"spec.x\\\" \\\\o/\" \"Mon, 07 Dec 2026 23:00:00 GMT\", 299 - \"b\"")))
                .containsExactly(new WarningHeaders.Warning(299, "kube-apiserver", "unknown field \"spec.x\" \\o/"),
                        new WarningHeaders.Warning(299, "-", "b"));
    }

    @Test
    void invalidWarningsAreDropped() {
        assertThat(WarningHeaders.parse(List.of("29 - \"short code\"", "299 -", "299 - unquoted", "299 - \"a\" junk",
                "299 - \"tab\there\""))).isEmpty();
    }

    @Test
    void clientGoKeepsOnlyCode299WithAText() {
        assertThat(WarningHeaders.texts(List.of("199 - \"misc\", 299 - \"\", 299 - \"kept\""))).containsExactly("kept");
    }
}
