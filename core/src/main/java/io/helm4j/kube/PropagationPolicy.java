package io.helm4j.kube;

/** How dependents of a deleted object go (the API's {@code propagationPolicy}; Helm's {@code --cascade}). */
public enum PropagationPolicy {
    BACKGROUND("Background"), FOREGROUND("Foreground"), ORPHAN("Orphan");

    private final String apiName;

    PropagationPolicy(String apiName) {
        this.apiName = apiName;
    }

    /** The value the API takes: {@code Background}, {@code Foreground}, {@code Orphan}. */
    public String apiName() {
        return apiName;
    }
}
