package io.helm4j.kube;

/** 403 / Forbidden: {@code configmaps is forbidden: User "u" cannot list resource "configmaps" ...}. */
public class KubeForbiddenException extends KubeException {
    public KubeForbiddenException(String message) {
        super(403, "Forbidden", message);
    }
}
