package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import io.helm4j.provenance.Verification;

/** The plugin installed, and its archive's verification (null when none was verified). */
public record PluginInstallResult(Plugin plugin, Verification verification) {
    /** Helm's lines after {@code Verifying plugin signature...}, or "" when nothing was verified. */
    public String verificationReport() {
        return verification == null ? "" : PluginVerifyResult.report(verification);
    }
}
