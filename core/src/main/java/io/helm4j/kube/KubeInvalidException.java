package io.helm4j.kube;

/** 422 / Invalid, or a 400 BadRequest (strict field validation: {@code unknown field "spec.foo"}). */
public class KubeInvalidException extends KubeException {
    public KubeInvalidException(int code, String reason, String message) {
        super(code, reason, message);
    }
}
