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

    @Test
    void linearScanAgreesWithTheRegexOnRandomStreams() {
        java.util.Random r = new java.util.Random(42);
        String[] pieces = {"-", "---", "\n", " ", "\t", "a", "b: c", "\n---\n", "  \n", "\r\n"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String in = sb.toString();
            assertThat(Manifests.split(in)).as(in.replace("\n", "\\n")).isEqualTo(viaRegex(in));
        }
    }

    /** Go's Regexp.Split semantics over Helm's separator regex. */
    private static List<String> viaRegex(String bigFile) {
        String s = io.helm4j.gostd.Strings.trimSpace(bigFile);
        List<String> parts = new java.util.ArrayList<>();
        if (s.isEmpty()) {
            parts.add("");
        } else {
            var m = Manifests.SEP.matcher(s);
            int beg = 0;
            while (m.find()) {
                if (m.end() != 0) {
                    parts.add(s.substring(beg, m.start()));
                }
                beg = m.end();
            }
            parts.add(s.substring(beg));
        }
        List<String> out = new java.util.ArrayList<>();
        for (String d : parts) {
            if (!d.isEmpty()) {
                out.add(io.helm4j.gostd.Strings.trimSpace(d));
            }
        }
        return out;
    }
}
