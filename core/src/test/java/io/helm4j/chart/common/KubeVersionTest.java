package io.helm4j.chart.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --kube-version} takes what Kubernetes' version.ParseGeneric takes. Expected texts are what the real
 * Helm 4.3.2 printed for {@code helm template --kube-version V} with a template showing
 * {@code .Capabilities.KubeVersion}, {@code .Version}, {@code .Major}, {@code .Minor} and {@code .GitVersion}
 * (Helm 3.21, the oracle, agrees except that it drops the suffix from .Version).
 */
class KubeVersionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.2.3.4|v1.2.3.4|v1.2.3.4|1|2",
        "' 1.2.3'|v1.2.3|'v 1.2.3'|1|2",
        "1.30.0-gke.1|v1.30.0|v1.30.0-gke.1|1|30",
        "v1.2|v1.2|v1.2|1|2",
        "1.20.0|v1.20.0|v1.20.0|1|20",
    })
    void parsesWhatParseGenericTakes(String text, String string, String version, String major, String minor) {
        KubeVersion v = KubeVersion.parse(text);
        assertThat(v.templateText()).isEqualTo(string);
        assertThat(v.callMethod("String", java.util.List.of())).isEqualTo(string);
        assertThat(v.field("Version")).isEqualTo(version);
        assertThat(v.callMethod("GitVersion", java.util.List.of())).isEqualTo(version);
        assertThat(v.field("Major")).isEqualTo(major);
        assertThat(v.field("Minor")).isEqualTo(minor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "garbage|invalid kube version 'garbage': could not parse \"garbage\" as version",
        "1|invalid kube version '1': illegal version string \"1\"",
        "01.2|invalid kube version '01.2': illegal zero-prefixed version component \"01\" in \"01.2\"",
        "1.2.99999999999999999999|invalid kube version '1.2.99999999999999999999': illegal non-numeric version"
                + " component \"99999999999999999999\" in \"1.2.99999999999999999999\": strconv.ParseUint: parsing"
                + " \"99999999999999999999\": value out of range",
    })
    void refusesTheRestInHelmsWords(String text, String message) {
        assertThatThrownBy(() -> KubeVersion.parse(text)).isInstanceOf(Helm4jException.class).hasMessage(message);
    }

    @org.junit.jupiter.api.Test
    void aLineBreakIsNotAVersion() {
        assertThatThrownBy(() -> KubeVersion.parse("1.2.3\nx")).hasMessage(
                "invalid kube version '1.2.3\nx': could not parse \"1.2.3\\nx\" as version");
    }
}
