package io.helm4j.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestsTest {
    @Test
    void splitsOnDashLinesAndDropsEmptyDocuments() {
        assertThat(Manifests.split("---\na: 1\n---\n\nb: 2\n  \n")).containsExactly("a: 1", "b: 2");
    }

    @Test
    void separatorSwallowsTheNewlineAnAdjacentSeparatorWouldNeed() {
        // as Go's regexp: "---\s*" consumes the blank line, so the next "---" starts no match
        assertThat(Manifests.split("a: 1\n---\n\n---\nb: 2")).containsExactly("a: 1", "---\nb: 2");
    }

    @Test
    void leadingSeparatorWithoutNewlineCounts() {
        assertThat(Manifests.split("--- \na: 1")).containsExactly("a: 1");
    }

    @Test
    void separatorMustStartALine() {
        assertThat(Manifests.split("a: x---y\n---\nb: 2")).containsExactly("a: x---y", "b: 2");
    }

    @Test
    void emptyInputHasNoDocuments() {
        assertThat(Manifests.split("  \n")).isEqualTo(List.of());
    }
}
