package io.helm4j.kube;

/** 404 / NotFound: {@code configmaps "x" not found}. */
public class KubeNotFoundException extends KubeException {
    public KubeNotFoundException(String message) {
        super(404, "NotFound", message);
    }
}
