package io.helm4j.kube;

/** The patch formats of a PATCH request, by their content types. */
public enum PatchType {
    /** RFC 6902 JSON patch: a list of operations. */
    JSON("application/json-patch+json"),
    /** RFC 7386 JSON merge patch: a partial object; {@code null} deletes. */
    MERGE("application/merge-patch+json"),
    /** Kubernetes' strategic merge patch (built-in kinds only). */
    STRATEGIC("application/strategic-merge-patch+json");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
