package io.helm4j.action;

import io.helm4j.kube.PropagationPolicy;
import java.time.Duration;

/**
 * What {@code helm uninstall} takes for one release: its name and namespace ("" for the client's),
 * {@code keepHistory} (mark the release uninstalled instead of deleting its records), hooks off,
 * not-found ignored, the deletion propagation ({@code --cascade}), the timeout of hooks and waits, and the
 * {@code --wait} strategy: other than {@code hookOnly} (the default), the deleted objects are waited for
 * until they are gone; {@code dryRun} (read the release and check what would be deleted, change nothing) and the
 * {@code description} a kept record gets ("" for Helm's {@code Uninstallation complete}).
 */
public record UninstallOptions(String name, String namespace, boolean keepHistory, boolean disableHooks,
        boolean ignoreNotFound, PropagationPolicy cascade, Duration timeout, WaitStrategy waitStrategy, boolean dryRun,
        String description) {
    public UninstallOptions {
        description = description == null ? "" : description;
        if (name == null || name.isEmpty()) {
            throw new io.helm4j.UsageException("release name is required");
        }
        namespace = namespace == null ? "" : namespace;
        cascade = cascade == null ? PropagationPolicy.BACKGROUND : cascade;
        timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
        waitStrategy = waitStrategy == null ? WaitStrategy.HOOK_ONLY : waitStrategy;
    }

    public UninstallOptions(String name, String namespace, boolean keepHistory, boolean disableHooks,
            boolean ignoreNotFound, PropagationPolicy cascade, Duration timeout, WaitStrategy waitStrategy) {
        this(name, namespace, keepHistory, disableHooks, ignoreNotFound, cascade, timeout, waitStrategy, false, "");
    }

    public UninstallOptions(String name, String namespace, boolean keepHistory, boolean disableHooks,
            boolean ignoreNotFound, PropagationPolicy cascade, Duration timeout) {
        this(name, namespace, keepHistory, disableHooks, ignoreNotFound, cascade, timeout, WaitStrategy.HOOK_ONLY);
    }
}
