package io.helm4j.action;

/**
 * One row of {@code helm dependency list}: a dependency as Chart.yaml declares it and its status
 * ({@code ok}, {@code unpacked}, {@code missing}, {@code wrong version}, {@code invalid version},
 * {@code misnamed}, {@code corrupt}, {@code too many matches}).
 */
public record DependencyStatus(String name, String version, String repository, String status) {
}
