/**
 * Chart repositories, as Helm's {@code pkg/repo}: the repository index ({@code index.yaml}) as Helm loads it
 * ({@link io.helm4j.repo.IndexFile}, entries newest first) and generates it ({@link io.helm4j.repo.IndexBuilder});
 * {@code repositories.yaml} ({@link io.helm4j.repo.RepoFile}, {@link io.helm4j.repo.RepoEntry}) and its lock
 * ({@link io.helm4j.repo.RepoFileLock}); downloading an index into Helm's cache layout
 * ({@link io.helm4j.repo.ChartRepository}: {@code NAME-index.yaml}, {@code NAME-charts.txt}); and
 * {@code search repo}'s scoring ({@link io.helm4j.repo.ChartSearch}).
 */
package io.helm4j.repo;
