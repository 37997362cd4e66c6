/**
 * User values and chart values, as Helm 4 computes them.
 * <ul>
 * <li>{@link io.helm4j.values.ValueOptions}: {@code -f}, {@code --set}, {@code --set-string},
 * {@code --set-file}, {@code --set-json}, {@code --set-literal}, merged in Helm's order
 * ({@link io.helm4j.values.ValueOptions#merge}); files are read through a {@link io.helm4j.values.ValueSource},
 * which fetches URLs through the {@link io.helm4j.getter.Getters} (Helm 4's readFile).</li>
 * <li>{@link io.helm4j.values.Strvals}: the {@code --set} expression parser (pkg/strvals).</li>
 * <li>{@link io.helm4j.values.ChartValues}: the one values pipeline of template, lint, install and
 * upgrade: user values, dependency processing, coalescing and schema validation, giving the chart to render and its {@code .Values}.</li>
 * <li>The steps on their own: {@link io.helm4j.values.Dependencies} (aliases, tags, conditions,
 * import-values, CheckDependencies), {@link io.helm4j.values.Coalesce} (CoalesceValues, MergeValues,
 * CoalesceTables, MergeTables), {@link io.helm4j.values.SchemaValidation} (values.schema.json).</li>
 * </ul>
 * Every error is a {@link io.helm4j.values.ValuesException} whose message is Helm's; warnings go to the
 * {@link io.helm4j.events.EventSink} given. Inputs are never modified.
 */
package io.helm4j.values;
