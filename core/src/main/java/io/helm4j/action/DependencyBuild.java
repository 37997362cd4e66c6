package io.helm4j.action;

/**
 * {@code helm dependency build}: {@code charts/} rebuilt from Chart.lock (which must be in sync with
 * Chart.yaml); without a lock file, an update ({@link DependencyUpdate}).
 */
public final class DependencyBuild {
    private final ActionContext context;

    public DependencyBuild(ActionContext context) {
        this.context = context;
    }

    public DependencyBuildResult run(DependencyBuildOptions options) {
        return new DependencyBuildResult(DependencyUpdate.manager(context, options.asUpdate()).build());
    }
}
