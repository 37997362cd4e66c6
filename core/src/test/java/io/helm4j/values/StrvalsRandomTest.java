package io.helm4j.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Seeded random expressions: the parsers either succeed or throw a ValuesException, nothing else. */
class StrvalsRandomTest {
    private static final String ALPHABET = "ab1=.,[]{}\\0- \"9x";

    private static String randomExpr(Random r) {
        int n = r.nextInt(24);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) == 0) {
                b.append(r.nextBoolean() ? "[" + (r.nextInt(20) - 3) + "]" : "={a,b}");
            } else {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    @Test
    void everyParserFailsOnlyWithValuesException() {
        Random r = new Random(20261125L);
        int ok = 0;
        for (int i = 0; i < 20000; i++) {
            String s = randomExpr(r);
            for (int mode = 0; mode < 5; mode++) {
                try {
                    switch (mode) {
                        case 0 -> Strvals.parse(s);
                        case 1 -> Strvals.parseString(s);
                        case 2 -> Strvals.parseJson(s, new LinkedHashMap<>());
                        case 3 -> Strvals.parseLiteral(s);
                        default -> Strvals.parseIntoFile(s, new LinkedHashMap<>(), p -> p.getBytes());
                    }
                    ok++;
                } catch (ValuesException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                } catch (RuntimeException e) {
                    throw new AssertionError("mode " + mode + " threw " + e + " for: " + s, e);
                }
            }
        }
        assertThat(ok).isGreaterThan(1000);
    }

    @Test
    void parsingTwiceIntoTheSameMapIsStable() {
        Random r = new Random(7L);
        for (int i = 0; i < 5000; i++) {
            String s = randomExpr(r);
            try {
                var once = Strvals.parse(s);
                var twice = new LinkedHashMap<>(once);
                Strvals.parseInto(s, twice);
                assertThat(twice).as(s).isEqualTo(once);
            } catch (ValuesException expected) {
                // fine
            }
        }
    }
}
