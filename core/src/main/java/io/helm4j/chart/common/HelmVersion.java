package io.helm4j.chart.common;

import io.helm4j.gotemplate.GoObject;

/** {@code .Capabilities.HelmVersion}: Helm's build information. */
public record HelmVersion(String version, String gitCommit, String gitTreeState, String goVersion) implements GoObject {
    public static final HelmVersion CURRENT = fromBuild(io.helm4j.BuildInfo.current());

    static HelmVersion fromBuild(io.helm4j.BuildInfo b) {
        return new HelmVersion(b.version(), b.gitCommit(), b.gitTreeState(), b.runtimeVersion());
    }

    @Override
    public String goTypeName() {
        return "version.BuildInfo";
    }

    @Override
    public boolean hasField(String name) {
        return switch (name) {
            case "Version", "GitCommit", "GitTreeState", "GoVersion" -> true;
            default -> false;
        };
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "Version" -> version;
            case "GitCommit" -> gitCommit;
            case "GitTreeState" -> gitTreeState;
            case "GoVersion" -> goVersion;
            default -> null;
        };
    }

    @Override
    public String formatValue() {
        return "{" + version + " " + gitCommit + " " + gitTreeState + " " + goVersion + "}";
    }
}
