package io.helm4j.internal.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The check tables of Masterminds/semver v3's own tests, kept in a resource file. */
class MastermindsCasesTest {

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/semver/masterminds-check-cases.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> {
                    int last = l.lastIndexOf('|');
                    int mid = l.lastIndexOf('|', last - 1);
                    return Arguments.of(l.substring(0, mid), l.substring(mid + 1, last),
                            Boolean.parseBoolean(l.substring(last + 1)));
                });
    }

    @ParameterizedTest(name = "\"{0}\" on {1} is {2}")
    @MethodSource("cases")
    void checkMatchesMasterminds(String constraint, String version, boolean expected) {
        SemConstraint c = SemConstraint.parse(constraint);
        SemVersion v = SemVersion.parse(version);
        assertThat(c.check(v)).isEqualTo(expected);
        assertThat(c.validate(v).isEmpty()).isEqualTo(expected);
    }

    @Test
    void newConstraintAcceptsAndRefusesLikeMasterminds() {
        for (String ok : new String[] {">= 1.1", ">40.50.60, < 50.70", "2.0", "v2.3.5-20161202202307-sha.e8fc5e5",
                ">= 1.2.3 < 2.0", ">= 1.2.3 < 2.0 || => 3.0 < 4", "3 - 4 || => 3.0, < 4", "12.3.34 ~1.2.3"}) {
            SemConstraint.parse(ok);
        }
        for (String bad : new String[] {">= bar", "BAR >= 1.2.3", "12.3.4.1234", "12.23.4.1234", "12.3.34.1234",
                "12.3.34~ 1.2.3"}) {
            assertThatThrownBy(() -> SemConstraint.parse(bad)).as(bad).isInstanceOf(SemverException.class);
        }
    }

    @Test
    void validateReportsEachFailingComparison() {
        SemConstraint c = SemConstraint.parse("!= 1.2.5, ^2, <= 1.1.x");
        assertThat(c.validate(SemVersion.parseStrict("1.2.3")))
                .containsExactly("1.2.3 is less than 2", "1.2.3 is greater than 1.1.x");
    }
}
