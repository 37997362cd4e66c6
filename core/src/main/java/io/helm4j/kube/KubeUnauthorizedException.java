package io.helm4j.kube;

/** 401 / Unauthorized: the credentials were refused ({@code Unauthorized}). */
public class KubeUnauthorizedException extends KubeException {
    public KubeUnauthorizedException(String message) {
        super(401, "Unauthorized", message);
    }
}
