package io.helm4j.kube;

/** 409 / AlreadyExists: a create found the name taken ({@code configmaps "x" already exists}). */
public class KubeAlreadyExistsException extends KubeException {
    public KubeAlreadyExistsException(String message) {
        super(409, "AlreadyExists", message);
    }
}
