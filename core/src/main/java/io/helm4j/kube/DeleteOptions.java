package io.helm4j.kube;

import java.util.Objects;

/** Delete: the propagation policy (Helm's default is {@code Background}) and server dry run. */
public record DeleteOptions(PropagationPolicy propagationPolicy, boolean dryRun) {
    public DeleteOptions {
        Objects.requireNonNull(propagationPolicy, "propagationPolicy");
    }

    public static DeleteOptions background() {
        return new DeleteOptions(PropagationPolicy.BACKGROUND, false);
    }
}
