package io.helm4j.downloader;

import io.helm4j.registry.RegistryClient;
import io.helm4j.registry.RegistryOptions;
import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.Map;

/** How the downloader pulls {@code oci://} references: the registry client, or a fake in tests. */
interface OciSource {
    Download pull(String ref, ChartPathOptions options);

    /** Helm's registry client with the flags' TLS settings and credentials (else the stored ones). */
    static OciSource registry(HelmSettings settings, Map<String, String> env, Path userHome) {
        return (ref, o) -> {
            RegistryOptions ro = RegistryOptions.of(settings.registryConfig())
                    .withTls(o.plainHttp(), o.caFile(), o.certFile(), o.keyFile(), o.insecureSkipTlsVerify())
                    .withCredentials(o.username(), o.password());
            try (RegistryClient client = new RegistryClient(ro, env, userHome, settings.maxChartSize())) {
                RegistryClient.PullResult r = client.pull(ref, o.effectiveVersion(), false);
                String base = r.ref().substring(r.ref().lastIndexOf('/') + 1);
                int colon = base.lastIndexOf(':');
                String tag = base.substring(colon + 1);
                // Helm names the file after the version asked for, which has "+" where the tag has "_"
                String fileName = base.substring(0, colon) + "-" + (base.contains("@") ? tag : tag.replace('_', '+'))
                        + ".tgz";
                return new Download(ref, r.ref(), fileName, r.chart(), "sha256:" + ContentCache.sha256(r.chart()),
                        null, r.manifestDigest());
            }
        };
    }
}
