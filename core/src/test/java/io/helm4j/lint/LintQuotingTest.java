package io.helm4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lint quotes names as Go's %q does: a BEL is written \a (lint's own quoting wrote \x07). */
class LintQuotingTest {
    @Test
    void chartNameWithABellIsQuotedAsGoDoes() {
        assertThat(ChartfileRules.name("a\u0007b")).startsWith("chart name \"a\\ab\" is invalid; ");
    }

    @Test
    void objectNameWithABellIsQuotedAsGoDoes() {
        assertThat(KubeNames.validate(new KubeObject("v1", "ConfigMap", "x\u0007", "")))
                .startsWith("object name does not conform to Kubernetes naming requirements: \"x\\a\": ");
    }
}
