package io.helm4j.internal.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemConstraintTest {

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = ';', value = {
        ">=1.19.0-0;1.28.3-eks-1;true",
        ">=1.19.0;1.28.3-eks-1;false",
        ">=1.19.0-0;1.18.9;false",
        ">= 1.19.0-0 < 2;1.30.0;true",
        "!=4.1;4.1.0;false",
        "!=4.1;5.1.0;true",
        "!=4.x;4.1.0;false",
        "!=4.x;5.0.0;true",
        "!=4.1.x;4.2.0;true",
        "!=1.2.3;1.2.4;true",
        "!=1.2.3;1.2.3;false",
        "!=1.2.3;1.2.4-beta;false",
        ">=1.19.0-0 <2;1.28.3-eks-1;true",
        ">=1.0.0-0, !=1.5.0;1.5.1-rc;true",
        "<2.0.0 >=1.0.0-0;1.5.0-rc1;true",
        "~1.2.3 >=1.2.3-0;1.2.5-alpha;true",
        ">=1.19.0-0 <2.0.0;2.0.0-rc;true",
        "!=1.2.4;1.2.3-alpha;false",
        "!=1.2.x-0;1.3.0-alpha;true",
        "1.2.x;1.2.3-alpha;false",
        ">1.0 || >=2.0.0-0;2.1.0-rc;true",
        "=1.2.3;1.2.3+meta;true",
        "1.2.3;1.2.3;true",
        "v1.2.3;1.2.3;true",
        "1.2;1.2.9;true",
        "1.2;1.3.0;false",
        "^1.2.3;1.8.9;true",
        "^1.2.3;2.0.0;false",
        "^1.2.3;1.2.2;false",
        "^0.2.3;0.2.5;true",
        "^0.2.3;0.3.0;false",
        "^0.0.3;0.0.3;true",
        "^0.0.3;0.0.4;false",
        "^0;0.9.0;true",
        "^0.0;0.0.5;true",
        "^0.0;0.1.0;false",
        "^1.x;1.9.0;true",
        "~1.2.3;1.2.4;true",
        "~1.2.3;1.3.0;false",
        "~1;1.9.0;true",
        "~1;2.0.0;false",
        "~>1.2;1.2.9;true",
        "~0.0.0;5.0.0;true",
        "1.2 - 1.4.5;1.4.5;true",
        "1.2 - 1.4.5;1.4.6;false",
        "1.2 - 1.4.5;1.1.9;false",
        "1.2 - 1.4.5 || 2.0.0;2.0.0;true",
        "1.x;1.9.9;true",
        "1.x;2.0.0;false",
        "*;1.0.0;true",
        "*;1.0.0-alpha;false",
        "*-0;1.0.0-alpha;true",
        ">1.1;1.2.0;true",
        ">1.1;1.1.5;false",
        ">11;11.1.0;false",
        ">11;12.0.0;true",
        "<=1.2;1.2.9;true",
        "<=1.2;1.3.0;false",
        "<1.2.3;1.2.3-alpha;false",
        "<1.2.3-beta;1.2.3-alpha;true",
        "<1.2.3-0;1.2.3-alpha;false",
        ">=1.2.3, <2;1.5.0;true",
        ">=1.2.3 <2;2.1.0;false",
        ">=1.0 || <0.5;0.4.0;true",
        ">=1.0 || <0.5;0.7.0;false",
        "=>1.0;1.0.0;true",
        "=<1.0;1.0.0;true",
    })
    void checksLikeMasterminds(String constraint, String version, boolean expected) {
        assertThat(SemConstraint.parse(constraint).check(SemVersion.parse(version))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "foo;improper constraint: \"foo\"",
        ">=1.2 || bar;improper constraint: \" bar\"",
        ">>1;improper constraint: \">>1\"",
        ">=abc;improper constraint: \">=abc\"",
    })
    void rejectsBadSyntax(String constraint, String message) {
        assertThatThrownBy(() -> SemConstraint.parse(constraint)).isInstanceOf(SemverException.class)
                .hasMessage(message);
    }

    @Test
    void emptyConstraintIsImproper() {
        assertThatThrownBy(() -> SemConstraint.parse("")).hasMessage("improper constraint: \"\"");
    }

    @Test
    void validateGivesMastermindsReasons() {
        assertThat(SemConstraint.parse(">=1.3").validate(SemVersion.parse("1.2.0")))
                .containsExactly("1.2.0 is less than 1.3");
        assertThat(SemConstraint.parse(">=1.3").validate(SemVersion.parse("1.4.0-rc1")))
                .containsExactly("1.4.0-rc1 is a prerelease version and the constraint is only looking for release versions");
        assertThat(SemConstraint.parse("^1").validate(SemVersion.parse("1.4.0"))).isEmpty();
    }

    @Test
    void printsNormalizedForm() {
        assertThat(SemConstraint.parse(">= 1.2, <2 || ~3").toString()).isEqualTo(">=1.2 <2 || ~3");
        assertThat(SemConstraint.parse("1.2 - 1.4.5").toString()).isEqualTo(">=1.2 <=1.4.5");
    }
}
