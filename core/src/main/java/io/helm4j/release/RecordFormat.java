package io.helm4j.release;

/**
 * Which Helm wrote a release record, for the few places where Helm 3's and Helm 4's JSON differ
 * when the values are the same. A record keeps the format it was read in, so that re-encoding it
 * gives back the bytes Helm wrote; records helm4j creates are {@link #HELM4}, and an action that
 * rewrites a record read from Helm 3 (an upgrade superseding it, say) writes it as Helm 4 would,
 * with {@link Release#withFormat}.
 */
public enum RecordFormat {
    /**
     * Helm 3 ({@code helm.sh/helm/v3/pkg/release}): the zero time is written as {@code ""} and never
     * omitted ({@code info.first_deployed}, {@code last_deployed}, {@code deleted}, and each hook's
     * {@code last_run.started_at}, {@code completed_at}); the chart has no {@code schemamodtime} and
     * no {@code modtime}, its files no {@code modtime}; there is no {@code info.rollback_revision}
     * and no {@code apply_method}.
     */
    HELM3,
    /**
     * Helm 4 ({@code helm.sh/helm/v4/pkg/release/v1}): a zero time in {@code info} and
     * {@code last_run} is omitted; {@code chart.schemamodtime} is always written (the zero time as
     * {@code 0001-01-01T00:00:00Z}), {@code modtime} of the chart and its files when not zero.
     */
    HELM4
}
