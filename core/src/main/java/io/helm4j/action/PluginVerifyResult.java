package io.helm4j.action;

import io.helm4j.provenance.Verification;

/** The verified plugin archive: who signed it, with which key, and its sum. */
public record PluginVerifyResult(Verification verification) {
    /** What Helm prints: {@code Signed by:} per identity, the key's fingerprint, {@code Plugin Hash Verified:}. */
    public String report() {
        return report(verification);
    }

    static String report(Verification v) {
        StringBuilder b = new StringBuilder();
        for (String name : v.signedBy()) {
            b.append("Signed by: ").append(name).append('\n');
        }
        return b.append("Using Key With Fingerprint: ").append(v.fingerprint()).append('\n')
                .append("Plugin Hash Verified: ").append(v.fileHash()).append('\n').toString();
    }
}
