package io.helm4j.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Helm 4's SplitManifests: {@code (?m)^---[ \t]*}, leading whitespace trimmed, trailing whitespace kept. */
class ManifestsTest {
    @Test
    void documentsKeepTheirTrailingWhitespaceAndLoseTheirLeading() {
        assertThat(Manifests.split("---\na: 1\n---\n\nb: 2\n  \n")).containsExactly("a: 1\n", "b: 2\n  \n");
        assertThat(Manifests.split("a: 1\n\n\n---\nb: 2")).containsExactly("a: 1\n\n\n", "b: 2");
    }

    @Test
    void everyDashLineSeparatesAndBlankDocumentsAreDropped() {
        assertThat(Manifests.split("a: 1\n---\n\n---\nb: 2")).containsExactly("a: 1\n", "b: 2");
    }

    @Test
    void whatFollowsTheDashesOnTheirLineStartsTheNextDocument() {
        assertThat(Manifests.split("--- \na: 1")).containsExactly("a: 1");
        assertThat(Manifests.split("a: 1\n---b: 2\n--- # c\nd: 3\n")).containsExactly("a: 1\n", "b: 2\n",
                "# c\nd: 3\n");
    }

    @Test
    void separatorMustStartALine() {
        assertThat(Manifests.split("a: x---y\n ---\nb: 2")).containsExactly("a: x---y\n ---\nb: 2");
    }

    @Test
    void emptyInputHasNoDocuments() {
        assertThat(Manifests.split("  \n")).isEqualTo(List.of());
    }

    @Test
    void linearScanAgreesWithTheRegexOnRandomStreams() {
        java.util.Random r = new java.util.Random(42);
        String[] pieces = {"-", "---", "\n", " ", "\t", "a", "b: c", "\n---\n", "  \n", "\r\n", "---\t"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String in = sb.toString();
            assertThat(Manifests.split(in)).as(in.replace("\n", "\\n")).isEqualTo(viaRegex(in));
        }
    }

    private static final Pattern SEP = Pattern.compile("^---[ \\t]*", Pattern.MULTILINE | Pattern.UNIX_LINES);

    /** Go's Regexp.Split semantics over Helm 4's separator regex, then Helm's filtering and TrimLeft. */
    private static List<String> viaRegex(String bigFile) {
        String s = Manifests.trimLeft(bigFile);
        List<String> parts = new java.util.ArrayList<>();
        var m = SEP.matcher(s);
        int beg = 0;
        while (m.find()) {
            if (m.end() != 0) {
                parts.add(s.substring(beg, m.start()));
            }
            beg = m.end();
        }
        parts.add(s.substring(beg));
        List<String> out = new java.util.ArrayList<>();
        for (String d : parts) {
            if (!io.helm4j.gostd.Strings.trimSpace(d).isEmpty()) {
                out.add(Manifests.trimLeft(d));
            }
        }
        return out;
    }
}
