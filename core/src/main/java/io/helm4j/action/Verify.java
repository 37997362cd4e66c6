package io.helm4j.action;

import io.helm4j.provenance.Provenance;
import java.nio.file.Path;

/**
 * {@code helm verify CHART.tgz}: checks the chart archive against {@code CHART.tgz.prov} beside it with the
 * public keys of the keyring ({@link Provenance#verifyChart}). Paths are used as given, so errors name them
 * as the user wrote them, as Helm's do.
 */
public final class Verify {
    /** Verification needs nothing from the context. */
    public Verify(ActionContext context) {
        // the context is the shape every action takes
    }

    public VerifyResult run(VerifyOptions options) {
        Path chart = options.chart();
        Path prov = Path.of(chart + ".prov");
        return new VerifyResult(Provenance.verifyChart(chart, prov, options.keyring()));
    }
}
