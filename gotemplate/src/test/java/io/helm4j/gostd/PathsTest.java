package io.helm4j.gostd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go's path package: the expected values are Go's (path.Clean, Base, Dir, Ext). */
class PathsTest {
    @Test
    void cleanBaseDirExtAsGo() {
        assertThat(Paths.clean("a//b/./../c/")).isEqualTo("a/c");
        assertThat(Paths.clean("/../x")).isEqualTo("/x");
        assertThat(Paths.clean("../../x")).isEqualTo("../../x");
        assertThat(Paths.clean("")).isEqualTo(".");
        assertThat(Paths.base("")).isEqualTo(".");
        assertThat(Paths.base("///")).isEqualTo("/");
        assertThat(Paths.base("a/b/")).isEqualTo("b");
        assertThat(Paths.dir("a/b/c")).isEqualTo("a/b");
        assertThat(Paths.dir("c")).isEqualTo(".");
        assertThat(Paths.ext("a.d/b.tar.gz")).isEqualTo(".gz");
        assertThat(Paths.ext("a.d/b")).isEmpty();
    }
}
