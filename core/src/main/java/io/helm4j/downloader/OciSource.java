package io.helm4j.downloader;

import io.helm4j.internal.content.Sha256;
import io.helm4j.events.EventSink;
import io.helm4j.registry.RegistryClient;
import io.helm4j.registry.RegistryOptions;
import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How the downloader reaches {@code oci://} references: the registry client, or a fake in tests. */
interface OciSource {
    /**
     * The chart at {@code ref}; with {@code provenance}, its provenance layer instead (an error when absent),
     * the download's data then null, as Helm's provenance-only pull.
     */
    Download pull(String ref, ChartPathOptions options, boolean provenance);

    /** Helm's registry {@code Tags}: the chart versions tagged in {@code HOST/REPO/NAME}, newest first. */
    List<String> tags(String ref, ChartPathOptions options);

    /** Beyond Helm: the cosign signatures of the manifest {@code digest} of {@code ref} that verify with {@code key}. */
    default List<RegistryClient.CosignVerified> cosignVerify(String ref, String digest, java.security.PublicKey key,
            ChartPathOptions options) {
        throw new UnsupportedOperationException("cosign signatures are not served here");
    }

    /**
     * Helm's registry client with the flags' TLS settings and credentials (else the stored ones), its blob
     * transfers reported on {@code events}.
     */
    static OciSource registry(HelmSettings settings, Map<String, String> env, Path userHome, EventSink events) {
        return new OciSource() {
            @Override
            public Download pull(String ref, ChartPathOptions o, boolean provenance) {
                try (RegistryClient client = client(o)) {
                    RegistryClient.PullResult r = client.pull(ref, o.effectiveVersion(), !provenance, provenance);
                    String base = r.ref().substring(r.ref().lastIndexOf('/') + 1);
                    int colon = base.lastIndexOf(':');
                    String tag = base.substring(colon + 1);
                    // Helm names the file after the version asked for, which has "+" where the tag has "_"
                    String fileName = base.substring(0, colon) + "-"
                            + (base.contains("@") ? tag : tag.replace('_', '+')) + ".tgz";
                    return new Download(ref, r.ref(), fileName, r.chart(),
                            r.chart() == null ? "" : "sha256:" + Sha256.hex(r.chart()), r.provenance(),
                            r.manifestDigest());
                }
            }

            @Override
            public List<String> tags(String ref, ChartPathOptions o) {
                try (RegistryClient client = client(o)) {
                    return client.tags(ref);
                }
            }

            @Override
            public List<RegistryClient.CosignVerified> cosignVerify(String ref, String digest,
                    java.security.PublicKey key, ChartPathOptions o) {
                try (RegistryClient client = client(o)) {
                    return client.cosignVerify(ref, digest, key);
                }
            }

            private RegistryClient client(ChartPathOptions o) {
                RegistryOptions ro = RegistryOptions.of(settings.registryConfig())
                        .withTls(o.plainHttp(), o.caFile(), o.certFile(), o.keyFile(), o.insecureSkipTlsVerify())
                        .withCredentials(o.username(), o.password());
                return new RegistryClient(ro, env, userHome, settings.maxChartSize(), events);
            }
        };
    }
}
