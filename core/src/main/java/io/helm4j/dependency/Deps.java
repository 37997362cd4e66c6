package io.helm4j.dependency;

import io.helm4j.chart.Dependency;

/** Copies of a dependency with one field changed (the chart model's records are immutable). */
final class Deps {
    private Deps() {
    }

    static Dependency withRepository(Dependency d, String repository) {
        return new Dependency(d.name(), d.version(), repository, d.condition(), d.tags(), d.enabled(),
                d.importValues(), d.alias());
    }

    static Dependency withVersion(Dependency d, String version) {
        return new Dependency(d.name(), version, d.repository(), d.condition(), d.tags(), d.enabled(),
                d.importValues(), d.alias());
    }

    /** A Chart.lock entry: name, repository, version. */
    static Dependency locked(String name, String repository, String version) {
        return new Dependency(name, version, repository, null, null, null, null, null);
    }

    static String repo(Dependency d) {
        return d.repository() == null ? "" : d.repository();
    }

    static String version(Dependency d) {
        return d.version() == null ? "" : d.version();
    }
}
