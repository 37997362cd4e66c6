package io.helm4j.engine.funcs;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The oracle cases evaluated with {@link MiniTemplate} (direct function calls, no template engine):
 * the successful ones must print exactly what Helm printed, the failing ones must fail with Helm's
 * detail when the failure is the function's own.
 */
class SprigSnippetTest {
    /** Cases whose output depends on the template engine or on Go types the value model lacks. */
    private static final Set<String> ENGINE_ONLY = Set.of(
            "{{ typeOf 1 }}|{{ typeOf 1.5 }}|{{ typeOf \"s\" }}|{{ typeOf nil }}|{{ typeOf (list) }}|{{ typeOf (dict) }}|{{ typeOf true }}|{{ typeOf (splitList \",\" \"a\") }}");

    @TestFactory
    Stream<DynamicTest> snippetsMatchHelm() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines()) {
            String[] f = line.split("\t", -1);
            String snippet = new String(Base64.getDecoder().decode(f[0]), StandardCharsets.UTF_8);
            if (ENGINE_ONLY.contains(snippet) || snippet.contains("semver") && !semverAvailable()) {
                continue;
            }
            boolean ok = f[1].equals("OK");
            String expected = new String(Base64.getDecoder().decode(f[2]), StandardCharsets.UTF_8);
            tests.add(DynamicTest.dynamicTest(snippet, () -> check(snippet, ok, expected)));
        }
        return tests.stream();
    }

    private static boolean semverAvailable() {
        try {
            io.helm4j.semver.SemVersion.parse("1.0.0");
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static void check(String snippet, boolean ok, String expected) {
        if (ok) {
            assertThat(render(snippet)).isEqualTo(expected);
            return;
        }
        int at = expected.lastIndexOf("error calling ");
        int end = expected.indexOf("\n\nUse --debug");
        if (at >= 0 && end > at && !expected.substring(at).startsWith("error calling include")) {
            String detail = expected.substring(at, end);
            assertThatThrownBy(() -> render(snippet)).hasMessage(detail);
        } else {
            assertThatThrownBy(() -> render(snippet)).isInstanceOf(RuntimeException.class);
        }
    }

    private static String render(String snippet) {
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneId.of("UTC"));
        return new MiniTemplate(SprigFunctions.create(clock, new SplittableRandom(1)),
                Map.of("Values", SprigOracleTest.values())).render(snippet);
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = SprigSnippetTest.class.getResourceAsStream("sprig-expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
