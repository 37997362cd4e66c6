package io.helm4j.values;

import java.util.Map;

import io.helm4j.chart.Chart;
import io.helm4j.events.EventSink;

/**
 * The values of an upgrade, as Helm's {@code Upgrade.reuseValues}: what the new release is given, from the
 * user's new values and the current release's chart and config, per {@code --reset-values},
 * {@code --reuse-values} and {@code --reset-then-reuse-values}.
 */
public final class UpgradeValues {
    private UpgradeValues() {
    }

    /** Which of Helm's upgrade value flags is set (at most one). */
    public enum Mode {
        /** None: the new values, or the current config when no new values were given. */
        DEFAULT,
        /** {@code --reset-values}: only the new values over the new chart's defaults. */
        RESET,
        /** {@code --reuse-values}: the new values over the current config, over the old chart's values. */
        REUSE,
        /** {@code --reset-then-reuse-values}: the new values over the current config, over the new chart's defaults. */
        RESET_THEN_REUSE
    }

    /** The chart to install (its defaults possibly replaced) and the user values to give it. */
    public record Result(Chart chart, Map<String, Object> values) {
    }

    /**
     * @param newChart the chart being upgraded to
     * @param newValues the user values given now (see {@link ValueOptions#merge})
     * @param currentChart the current release's chart
     * @param currentConfig the current release's user values ({@code Release.Config})
     */
    public static Result resolve(Mode mode, Chart newChart, Map<String, Object> newValues, Chart currentChart,
            Map<String, Object> currentConfig, EventSink events) {
        Map<String, Object> config = currentConfig == null ? Map.of() : currentConfig;
        Map<String, Object> given = newValues == null ? Map.of() : newValues;
        return switch (mode) {
            case RESET -> new Result(newChart, given);
            case REUSE -> {
                Map<String, Object> oldVals;
                try {
                    oldVals = Coalesce.coalesceValues(currentChart, config, events);
                } catch (ValuesException e) {
                    throw new ValuesException("failed to rebuild old values: " + e.getMessage(), e);
                }
                yield new Result(newChart.withValues(oldVals), Coalesce.coalesceTables(given, config, events));
            }
            case RESET_THEN_REUSE -> new Result(newChart, Coalesce.coalesceTables(given, config, events));
            case DEFAULT -> new Result(newChart, given.isEmpty() && !config.isEmpty() ? config : given);
        };
    }
}
