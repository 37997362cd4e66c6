package io.helm4j;

/**
 * What this build reports as its version. {@code version} is the Helm release line helm4j is a
 * drop-in for; {@code helm4jVersion} is helm4j's own.
 */
public record BuildInfo(String version, String gitCommit, String gitTreeState, String runtimeVersion,
        String kubeClientVersion, String helm4jVersion) {

    /** The build info of this helm4j. */
    public static BuildInfo current() {
        return new BuildInfo("v4.0.0", "", "", "java" + Runtime.version().feature(), "v1.34", "0.1.0");
    }

    /** {@code helm version --short}: the version alone. */
    public String shortVersion() {
        return gitCommit.isEmpty() ? version : version + "+g" + gitCommit.substring(0, Math.min(7, gitCommit.length()));
    }
}
