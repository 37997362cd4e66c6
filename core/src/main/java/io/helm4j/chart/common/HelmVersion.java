package io.helm4j.chart.common;

import io.helm4j.gotemplate.GoObject;

/** {@code .Capabilities.HelmVersion}: Helm's build information. */
public record HelmVersion(String version, String gitCommit, String gitTreeState, String goVersion)
        implements GoObject, io.helm4j.yaml.GoJsonValue {
    public static final HelmVersion CURRENT = fromBuild(io.helm4j.BuildInfo.current());

    static HelmVersion fromBuild(io.helm4j.BuildInfo b) {
        return new HelmVersion(b.version(), b.gitCommit(), b.gitTreeState(), b.runtimeVersion());
    }

    /** BuildInfo's JSON tags: {@code version}, {@code git_commit}, {@code git_tree_state}, {@code go_version}
     * (omitempty), {@code kube_client_version}. */
    @Override
    public Object jsonValue() {
        return new Struct().omitEmpty("version", version).omitEmpty("git_commit", gitCommit)
                .omitEmpty("git_tree_state", gitTreeState).omitEmpty("go_version", goVersion)
                .field("kube_client_version", kubeClientVersion());
    }

    /** Helm 4's KubeClientVersion: the Kubernetes client's "vMAJOR.MINOR", that of the default kube version. */
    public String kubeClientVersion() {
        return "v" + KubeVersion.DEFAULT.major() + "." + KubeVersion.DEFAULT.minor();
    }

    @Override
    public String goTypeName() {
        return "version.BuildInfo";
    }

    @Override
    public boolean hasField(String name) {
        return switch (name) {
            case "Version", "GitCommit", "GitTreeState", "GoVersion", "KubeClientVersion" -> true;
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
            case "KubeClientVersion" -> kubeClientVersion();
            default -> null;
        };
    }

    /** version.BuildInfo's fields as fmt sees them. */
    @Override
    public java.util.SequencedMap<String, Object> structFields() {
        java.util.SequencedMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("Version", version);
        m.put("GitCommit", gitCommit);
        m.put("GitTreeState", gitTreeState);
        m.put("GoVersion", goVersion);
        m.put("KubeClientVersion", kubeClientVersion());
        return m;
    }

    @Override
    public String formatValue() {
        return "{" + version + " " + gitCommit + " " + gitTreeState + " " + goVersion + " " + kubeClientVersion() + "}";
    }
}
