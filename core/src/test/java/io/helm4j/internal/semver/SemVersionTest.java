package io.helm4j.internal.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemVersionTest {

    @ParameterizedTest
    @CsvSource({
        "1.2.3, 1.2.3",
        "v1.2.3, 1.2.3",
        "1.2, 1.2.0",
        "1, 1.0.0",
        "v1, 1.0.0",
        "01.02.03, 1.2.3",
        "1.2.3-beta.1+build.5, 1.2.3-beta.1+build.5",
        "1.28.3-eks-1, 1.28.3-eks-1",
        "1.2-alpha, 1.2.0-alpha",
        "1.2.3+meta-data, 1.2.3+meta-data",
    })
    void lenientParsingNormalizes(String in, String normalized) {
        SemVersion v = SemVersion.parse(in);
        assertThat(v.toString()).isEqualTo(normalized);
        assertThat(v.original()).isEqualTo(in);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|invalid semantic version",
        "x|invalid semantic version",
        "1.2.3.4|invalid semantic version",
        "1..2|invalid semantic version",
        "1.2.3-|invalid semantic version",
        "1.2.3-a..b|invalid semantic version",
        "V1.2.3|invalid semantic version",
        "1.2.3-01|version segment starts with 0",
        "1.2.3+a_b|invalid semantic version",
        "99999999999999999999|error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range",
    })
    void lenientParsingRejects(String in, String message) {
        assertThatThrownBy(() -> SemVersion.parse(in)).isInstanceOf(SemverException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|version string empty",
        "1.2|invalid semantic version",
        "v1.2.3|invalid characters in version",
        "01.2.3|version segment starts with 0",
        "1.2.3-01|version segment starts with 0",
        "1.2.3-a..b|invalid prerelease string",
        "1.2.3+a..b|invalid metadata string",
    })
    void strictParsingRejects(String in, String message) {
        assertThatThrownBy(() -> SemVersion.parseStrict(in)).isInstanceOf(SemverException.class).hasMessage(message);
    }

    @Test
    void strictParsingAcceptsSemVer2() {
        assertThat(SemVersion.parseStrict("1.2.3-rc.1+b").toString()).isEqualTo("1.2.3-rc.1+b");
    }

    @ParameterizedTest
    @CsvSource({
        "1.2.3, 1.2.4, -1",
        "1.2.3, 1.2.3+meta, 0",
        "1.2.3-alpha, 1.2.3, -1",
        "1.2.3-alpha, 1.2.3-alpha.1, -1",
        "1.2.3-alpha.1, 1.2.3-alpha.beta, -1",
        "1.2.3-beta.2, 1.2.3-beta.11, -1",
        "1.2.3-rc.1, 1.2.3-beta.11, 1",
        "2.0.0, 10.0.0, -1",
        "v1.0, 1.0.0, 0",
    })
    void comparesLikeMasterminds(String a, String b, int expected) {
        assertThat(SemVersion.parse(a).compareTo(SemVersion.parse(b))).isEqualTo(expected);
        assertThat(SemVersion.parse(b).compareTo(SemVersion.parse(a))).isEqualTo(-expected);
    }

    @Test
    void incrementsKeepTheVPrefix() {
        assertThat(SemVersion.parse("v1.2.3").incMinor().original()).isEqualTo("v1.3.0");
        assertThat(SemVersion.parse("1.2.3-rc1").incPatch().toString()).isEqualTo("1.2.3");
        assertThat(SemVersion.parse("1.2.3").incMajor().toString()).isEqualTo("2.0.0");
    }
}
