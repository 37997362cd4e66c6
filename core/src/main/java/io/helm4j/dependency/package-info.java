/**
 * A chart's dependencies, as Helm's {@code pkg/downloader} manager and {@code internal/resolver}: repository
 * names and {@code @alias}es resolved against {@code repositories.yaml} ({@link io.helm4j.dependency.RepoNames}),
 * versions chosen from the cached indexes ({@link io.helm4j.dependency.VersionResolver}), Chart.lock and its
 * digest ({@link io.helm4j.dependency.LockFiles}), downloads run in parallel into a temporary directory and
 * moved into {@code charts/} only when all succeeded ({@link io.helm4j.dependency.Downloads}), and Helm 4's
 * content-addressed cache ({@link io.helm4j.downloader.ContentCache}, shared with chart downloads), whose entries are checked against their
 * digest before use. Charts are fetched through the small {@link io.helm4j.dependency.ChartSource} interface.
 */
package io.helm4j.dependency;
