package io.helm4j.values;

import java.util.List;
import java.util.Map;

import io.helm4j.chart.Chart;
import io.helm4j.chart.Dependency;
import io.helm4j.chart.Metadata;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.internal.semver.SemverException;

/** Copies of immutable charts with one part changed, and Helm's version-range check. */
final class Charts {
    private Charts() {
    }

    static Chart withName(Chart c, String name) {
        Metadata m = c.metadata();
        return c.withMetadata(new Metadata(m.apiVersion(), name, m.home(), m.sources(), m.version(),
                m.description(), m.keywords(), m.maintainers(), m.icon(), m.appVersion(), m.deprecated(),
                m.annotations(), m.kubeVersion(), m.dependencies(), m.type(), m.condition(), m.tags()));
    }

    static Chart withRequirements(Chart c, List<Dependency> deps) {
        return c.withMetadata(c.metadata().withDependencies(List.copyOf(deps)));
    }

    static Chart withDependencies(Chart c, List<Chart> deps) {
        return c.withDependencies(deps);
    }

    static Chart withValues(Chart c, Map<String, Object> values) {
        return c.withValues(values);
    }

    static List<Chart> deps(Chart c) {
        return c.dependencies() == null ? List.of() : c.dependencies();
    }

    static Dependency renamed(Dependency d, String name) {
        return new Dependency(name, d.version(), d.repository(), d.condition(), d.tags(), d.enabled(),
                d.importValues(), d.alias());
    }

    static Dependency enabled(Dependency d, boolean enabled) {
        return new Dependency(d.name(), d.version(), d.repository(), d.condition(), d.tags(), enabled,
                d.importValues(), d.alias());
    }

    static Dependency withImportValues(Dependency d, List<Object> importValues) {
        return new Dependency(d.name(), d.version(), d.repository(), d.condition(), d.tags(), d.enabled(),
                importValues, d.alias());
    }

    /** Helm's IsCompatibleRange: false when either side does not parse. */
    static boolean isCompatibleRange(String constraint, String version) {
        if (constraint == null || version == null) {
            return false;
        }
        try {
            SemVersion v = SemVersion.parse(version);
            return SemConstraint.parse(constraint).check(v);
        } catch (SemverException e) {
            return false;
        }
    }
}
