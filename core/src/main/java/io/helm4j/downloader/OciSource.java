package io.helm4j.downloader;

import io.helm4j.Helm4jException;
import io.helm4j.settings.HelmSettings;

/** How the downloader pulls {@code oci://} references: the registry client, or a fake in tests. */
interface OciSource {
    Download pull(String ref, ChartPathOptions options);

    static OciSource registry(HelmSettings settings) {
        return (ref, options) -> {
            throw new Helm4jException("cannot fetch " + ref + ": helm4j does not fetch oci:// artifacts yet");
        };
    }
}
