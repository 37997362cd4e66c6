package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HelmIgnoreTest {

    @Test
    void patternWithoutSlashMatchesBaseNameAnywhere() {
        HelmIgnore r = HelmIgnore.parse("*.bak\n");
        assertThat(r.ignores("a.bak", false)).isTrue();
        assertThat(r.ignores("templates/deep/a.bak", false)).isTrue();
        assertThat(r.ignores("a.bak.txt", false)).isFalse();
    }

    @Test
    void patternWithSlashMatchesWholePathAndStarStopsAtSlash() {
        HelmIgnore r = HelmIgnore.parse("templates/*.yaml\n");
        assertThat(r.ignores("templates/a.yaml", false)).isTrue();
        assertThat(r.ignores("templates/sub/a.yaml", false)).isFalse();
    }

    @Test
    void leadingSlashAnchorsAtRoot() {
        HelmIgnore r = HelmIgnore.parse("/secret.txt\n");
        assertThat(r.ignores("secret.txt", false)).isTrue();
        assertThat(r.ignores("sub/secret.txt", false)).isFalse();
    }

    @Test
    void trailingSlashMatchesDirectoriesOnly() {
        HelmIgnore r = HelmIgnore.parse("docs/\n");
        assertThat(r.ignores("docs", true)).isTrue();
        assertThat(r.ignores("docs", false)).isFalse();
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndSpaceTrimmed() {
        HelmIgnore r = HelmIgnore.parse("# *.txt\n\n   *.tmp   \r\n");
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.ignores("a.tmp", false)).isTrue();
        assertThat(r.ignores("a.txt", false)).isFalse();
    }

    @Test
    void negatedRuleIgnoresWhatItDoesNotMatchAsHelmDoes() {
        HelmIgnore r = HelmIgnore.parse("!keep.txt\n");
        assertThat(r.ignores("other.txt", false)).isTrue();
        assertThat(r.ignores("keep.txt", false)).isFalse();
    }

    @Test
    void defaultsIgnoreDotfilesDirectlyUnderTemplates() {
        HelmIgnore r = HelmIgnore.empty().withDefaults();
        assertThat(r.ignores("templates/.hidden.yaml", false)).isTrue();
        assertThat(r.ignores("templates/sub/.kept.yaml", false)).isFalse();
        assertThat(r.ignores(".helmignore", false)).isFalse();
        assertThat(r.ignores("templates/a.yaml", false)).isFalse();
    }

    @Test
    void classesRangesAndEscapes() {
        HelmIgnore r = HelmIgnore.parse("file[0-9].txt\nnot[^a].md\nlit\\*.txt\n?.log\n");
        assertThat(r.ignores("file7.txt", false)).isTrue();
        assertThat(r.ignores("filex.txt", false)).isFalse();
        assertThat(r.ignores("notb.md", false)).isTrue();
        assertThat(r.ignores("nota.md", false)).isFalse();
        assertThat(r.ignores("lit*.txt", false)).isTrue();
        assertThat(r.ignores("litx.txt", false)).isFalse();
        assertThat(r.ignores("a.log", false)).isTrue();
    }

    @Test
    void rootAndEmptyPathsAreNeverIgnored() {
        HelmIgnore r = HelmIgnore.parse("*\n");
        assertThat(r.ignores("", true)).isFalse();
        assertThat(r.ignores(".", true)).isFalse();
        assertThat(r.ignores("x", true)).isTrue();
    }

    @Test
    void doubleStarIsRefused() {
        assertThatThrownBy(() -> HelmIgnore.parse("templates/**\n")).isInstanceOf(ChartException.class)
                .hasMessage("double-star (**) syntax is not supported");
    }

    @Test
    void malformedPatternIsRefusedWithGoMessage() {
        assertThatThrownBy(() -> HelmIgnore.parse("[abc\n")).hasMessage("syntax error in pattern");
        assertThatThrownBy(() -> HelmIgnore.parse("a\\\n")).hasMessage("syntax error in pattern");
        assertThatThrownBy(() -> HelmIgnore.parse("[]a]\n")).hasMessage("syntax error in pattern");
    }
}
