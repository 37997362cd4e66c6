package io.helm4j.kube;

/** The API server's {@code /version}: {@code major}, {@code minor} and {@code gitVersion} ({@code v1.32.13}). */
public record KubeVersion(String major, String minor, String gitVersion) {
}
