package io.helm4j.action;

/** {@code helm repo list}: no options (the output format is the caller's). */
public record RepoListOptions() {
    public static RepoListOptions defaults() {
        return new RepoListOptions();
    }
}
