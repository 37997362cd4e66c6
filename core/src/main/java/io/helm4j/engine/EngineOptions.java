package io.helm4j.engine;

import io.helm4j.gotemplate.FuncMap;

/**
 * How the engine renders: {@code strict} makes a missing map key an error ({@code missingkey=error});
 * {@code lintMode} lets {@code required} and {@code fail} pass; {@code enableDns} lets
 * {@code getHostByName} resolve names; {@code library} is the function library beneath Helm's own
 * (Sprig), or null.
 */
public record EngineOptions(boolean strict, boolean lintMode, boolean enableDns, FuncMap library) {
    public static EngineOptions defaults(FuncMap library) {
        return new EngineOptions(false, false, false, library);
    }
}
