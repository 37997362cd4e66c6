package io.helm4j.engine;

import io.helm4j.gotemplate.FuncMap;
import io.helm4j.kube.ClusterReader;
import java.util.Objects;

/**
 * How the engine renders: {@code strict} makes a missing map key an error ({@code missingkey=error});
 * {@code lintMode} lets {@code required} and {@code fail} pass; {@code enableDns} lets
 * {@code getHostByName} resolve names; {@code library} is the function library beneath Helm's own
 * (Sprig), or null; {@code cluster} answers the template function {@code lookup}
 * ({@link ClusterReader#EMPTY} without a cluster).
 */
public record EngineOptions(boolean strict, boolean lintMode, boolean enableDns, FuncMap library,
        ClusterReader cluster) {
    public EngineOptions {
        Objects.requireNonNull(cluster, "cluster");
    }

    /** Without a cluster: {@code lookup} answers empty. */
    public EngineOptions(boolean strict, boolean lintMode, boolean enableDns, FuncMap library) {
        this(strict, lintMode, enableDns, library, ClusterReader.EMPTY);
    }

    public static EngineOptions defaults(FuncMap library) {
        return new EngineOptions(false, false, false, library);
    }

    /** The same options with {@code lookup} answered by {@code reader}. */
    public EngineOptions withCluster(ClusterReader reader) {
        return new EngineOptions(strict, lintMode, enableDns, library, reader);
    }
}
