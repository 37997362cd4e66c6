package io.helm4j.kube;

import io.helm4j.Helm4jException;

/** The kubeconfig (or a flag overriding it) is missing, malformed or names something that does not exist. */
public class KubeConfigException extends Helm4jException {
    public KubeConfigException(String message) {
        super(message);
    }

    public KubeConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
