package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void starStopsAtSeparatorDoubleStarDoesNot() {
        assertThat(Glob.compileOrAll("files/*").matches("files/a.txt")).isTrue();
        assertThat(Glob.compileOrAll("files/*").matches("files/x/a.txt")).isFalse();
        assertThat(Glob.compileOrAll("files/**").matches("files/x/a.txt")).isTrue();
        assertThat(Glob.compileOrAll("**.toml").matches("a/b/c.toml")).isTrue();
    }

    @Test
    void classesAlternativesAndEscapes() {
        assertThat(Glob.compileOrAll("f/{a,b}.yaml").matches("f/b.yaml")).isTrue();
        assertThat(Glob.compileOrAll("f/[!a]?.txt").matches("f/bc.txt")).isTrue();
        assertThat(Glob.compileOrAll("f/[!a]?.txt").matches("f/ac.txt")).isFalse();
        assertThat(Glob.compileOrAll("f/\\*.txt").matches("f/*.txt")).isTrue();
    }

    @Test
    void malformedGlobMatchesEverything() {
        assertThat(Glob.compileOrAll("f/[abc").matches("anything/at/all")).isTrue();
    }
}
