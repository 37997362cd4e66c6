/**
 * Helm 4's {@code pkg/chart/common}: what charts are rendered against, shared by the engine, lint and
 * the actions: {@link io.helm4j.chart.common.Capabilities} ({@code .Capabilities}) with its
 * {@link io.helm4j.chart.common.KubeVersion}, {@link io.helm4j.chart.common.ApiVersions} and
 * {@link io.helm4j.chart.common.HelmVersion}.
 */
package io.helm4j.chart.common;
