package io.helm4j.internal.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The version tables of Masterminds/semver v3's own tests (TestNewVersion, TestStrictNewVersion, TestCompare). */
class MastermindsVersionCasesTest {

    @ParameterizedTest(name = "{0}: lenient error={1}, strict error={2}")
    @CsvSource({
        "1.2.3, false, false",
        "1.2.3-alpha.01, true, true",
        "1.2.3+test.01, false, false",
        "1.2.3-alpha.-1, false, false",
        "v1.2.3, false, true",
        "1.0, false, true",
        "v1.0, false, true",
        "1, false, true",
        "v1, false, true",
        "1.2.beta, true, true",
        "v1.2.beta, true, true",
        "foo, true, true",
        "1.2-5, false, true",
        "v1.2-5, false, true",
        "1.2-beta.5, false, true",
        "v1.2-beta.5, false, true",
        "1.2.0-x.Y.0+metadata, false, false",
        "v1.2.0-x.Y.0+metadata, false, true",
        "1.2.0-x.Y.0+metadata-width-hypen, false, false",
        "1.2.3-rc1-with-hypen, false, false",
        "v1.2.3-rc1-with-hypen, false, true",
        "1.2.3.4, true, true",
        "v1.2.3.4, true, true",
        "1.2.2147483648, false, false",
        "1.2147483648.3, false, false",
        "2147483648.3.0, false, false",
        "12.3.4.1234, true, true",
        "20221209-update-renovatejson-v4, false, true",
    })
    void parsesLikeMasterminds(String version, boolean lenientError, boolean strictError) {
        if (lenientError) {
            assertThatThrownBy(() -> SemVersion.parse(version)).isInstanceOf(SemverException.class);
        } else {
            assertThatCode(() -> SemVersion.parse(version)).doesNotThrowAnyException();
        }
        if (strictError) {
            assertThatThrownBy(() -> SemVersion.parseStrict(version)).isInstanceOf(SemverException.class);
        } else {
            assertThatCode(() -> SemVersion.parseStrict(version)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "1.2.3, 1.5.1, -1",
        "2.2.3, 1.5.1, 1",
        "2.2.3, 2.2.2, 1",
        "3.2-beta, 3.2-beta, 0",
        "1.3, 1.1.4, 1",
        "4.2, 4.2-beta, 1",
        "4.2-beta, 4.2, -1",
        "4.2-alpha, 4.2-beta, -1",
        "4.2-alpha, 4.2-alpha, 0",
        "4.2-beta.2, 4.2-beta.1, 1",
        "4.2-beta2, 4.2-beta1, 1",
        "4.2-beta, 4.2-beta.2, -1",
        "4.2-beta, 4.2-beta.foo, -1",
        "4.2-beta.2, 4.2-beta, 1",
        "4.2-beta.foo, 4.2-beta, 1",
        "1.2+bar, 1.2+baz, 0",
        "1.0.0-beta.4, 1.0.0-beta.-2, -1",
        "1.0.0-beta.-2, 1.0.0-beta.-3, -1",
        "1.0.0-beta.-3, 1.0.0-beta.5, 1",
        "3.2.0-beta.1, 3.2.0-beta.5, -1",
        "7.43.0-SNAPSHOT.99, 7.43.0-SNAPSHOT.103, -1",
        "7.43.0-SNAPSHOT.FOO, 7.43.0-SNAPSHOT.103, 1",
        "7.43.0-SNAPSHOT.99, 7.43.0-SNAPSHOT.BAR, -1",
    })
    void comparesLikeMasterminds(String a, String b, int expected) {
        assertThat(SemVersion.parse(a).compareTo(SemVersion.parse(b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1.2-5, 1.2.0-5",
        "v1.2-beta.5, 1.2.0-beta.5",
        "v1.2.0-x.Y.0+metadata-width-hypen, 1.2.0-x.Y.0+metadata-width-hypen",
    })
    void printsCoercedForm(String in, String out) {
        assertThat(SemVersion.parse(in).toString()).isEqualTo(out);
        assertThat(SemVersion.parse(in).original()).isEqualTo(in);
    }
}
