/**
 * Charts as Helm's {@code pkg/chart} and {@code pkg/chart/loader} see them.
 *
 * <p>{@link io.helm4j.chart.ChartLoader} loads a chart from a directory (honouring
 * {@link io.helm4j.chart.HelmIgnore}), a gzipped archive or a stream, into an immutable
 * {@link io.helm4j.chart.Chart}: {@link io.helm4j.chart.Metadata} decoded from Chart.yaml the way
 * sigs.k8s.io/yaml does and validated with Helm's messages, templates, values, schema, other files,
 * subcharts, and the raw files. {@link io.helm4j.chart.ChartLock} parses Chart.lock.
 * {@link io.helm4j.chart.MetadataObject} gives what templates see as {@code .Chart}. Every failure is
 * a {@link io.helm4j.chart.ChartException} naming the file at fault.
 */
package io.helm4j.chart;
