package io.helm4j.registry;

import io.helm4j.events.EventSink;
import io.helm4j.Helm4jException;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Maintainer;
import io.helm4j.chart.Metadata;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.yaml.GoYaml;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm's {@code registry.Client}: login, logout, push and pull of charts in OCI registries, with Helm's media
 * types, manifest and annotations. One client per command; it keeps the tokens it was given. Nothing is printed:
 * results carry what Helm prints ({@code Pushed:}, {@code Pulled:}, {@code Digest:}).
 */
public final class RegistryClient implements AutoCloseable {
    /** Helm's chart config media type. */
    public static final String CONFIG_MEDIA_TYPE = "application/vnd.cncf.helm.config.v1+json";
    /** Helm's chart content layer media type. */
    public static final String CHART_LAYER_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
    /** Helm's provenance layer media type. */
    public static final String PROV_LAYER_MEDIA_TYPE = "application/vnd.cncf.helm.chart.provenance.v1.prov";
    /** The chart layer media type of Helm 3.0-3.7's experimental OCI support, still read. */
    public static final String LEGACY_CHART_LAYER_MEDIA_TYPE = "application/tar+gzip";
    /** Helm's notice when a pushed tag holds an underscore. */
    public static final String UNDERSCORE_MESSAGE = "\nOCI artifact references (e.g. tags) do not support the plus "
            + "sign (+). To support\nstoring semantic versions, Helm adopts the convention of changing plus (+) to\nan "
            + "underscore (_) in chart version tags when pushing to a registry and back to\na plus (+) when pulling "
            + "from a registry.";

    private final RegistryOptions options;
    private final CredentialStore store;
    private final RegistryHttp http;
    private final long maxChartSize;
    private final EventSink events;

    /** A client; {@code env} and {@code userHome} locate Docker's config (and run credential helpers). */
    public RegistryClient(RegistryOptions options, Map<String, String> env, Path userHome, long maxChartSize) {
        this(options, env, userHome, maxChartSize, EventSink.discard());
    }

    /** As above, reporting blob downloads and uploads as {@link io.helm4j.events.Event.Transfer} events. */
    public RegistryClient(RegistryOptions options, Map<String, String> env, Path userHome, long maxChartSize,
            EventSink events) {
        this.events = events;
        this.options = options;
        this.store = new CredentialStore(Path.of(options.registryConfig()), env, userHome);
        this.maxChartSize = maxChartSize;
        this.http = new RegistryHttp(options, host -> !options.username().isEmpty() || !options.password().isEmpty()
                ? new Credential(options.username(), options.password()) : store.get(host));
    }

    /** What a push did. */
    public record PushResult(String ref, String manifestDigest, Descriptor config, Descriptor chart, Descriptor prov,
            byte[] manifest) {
    }

    /** What a pull fetched: the reference pulled, the manifest's digest, the chart and provenance (or null). */
    public record PullResult(String ref, String manifestDigest, byte[] chart, byte[] provenance, Metadata metadata) {
    }

    RegistryHttp http() {
        return http;
    }

    long maxSize() {
        return maxChartSize;
    }

    EventSink events() {
        return events;
    }

    /** Helm's {@code Login}: checks the credentials against {@code /v2/}, then stores them for {@code host}. */
    public void login(String host) {
        String what = "authenticating to \"" + host + "\"";
        try {
            HttpResponse<InputStream> resp = http.send(what, host, "", auth -> BlobPusher.auth(
                    HttpRequest.newBuilder(http.uri(host, "")).GET(), auth));
            if (resp.statusCode() != 200) {
                throw RegistryHttp.failure(resp);
            }
            RegistryHttp.drain(resp);
        } catch (RegistryException e) {
            throw new RegistryException(what + ": " + e.getMessage(), e.status());
        }
        store.put(host, new Credential(options.username(), options.password()));
    }

    /** Helm's {@code Logout}: removes the credentials stored for {@code host}; false when there were none. */
    public boolean logout(String host) {
        return store.remove(host);
    }

    /**
     * Helm's {@code Push}: the chart archive (and provenance, or null) to {@code ref}
     * ({@code [oci://]HOST/REPO/NAME:VERSION}, which must end with the chart's name and version);
     * {@code created} is the {@code org.opencontainers.image.created} annotation (RFC 3339).
     */
    public PushResult push(byte[] chart, byte[] prov, String ref, String created) {
        Metadata meta = ChartLoader.create().loadArchive(new ByteArrayInputStream(chart), "chart").metadata();
        String raw = ref.startsWith("oci://") ? ref.substring(6) : ref;
        if (!raw.endsWith("/" + meta.name() + ":" + meta.version())) {
            throw new Helm4jException("strict mode enabled, ref basename and tag must match the chart name and version");
        }
        OciReference target = OciReference.parse(raw);
        Descriptor chartDesc = Descriptor.of(CHART_LAYER_MEDIA_TYPE, chart);
        byte[] config = ReleaseCodec.metadataJson(meta).getBytes(StandardCharsets.UTF_8);
        Descriptor configDesc = Descriptor.of(CONFIG_MEDIA_TYPE, config);
        List<Descriptor> layers = new ArrayList<>(List.of(chartDesc));
        Descriptor provDesc = prov == null ? null : Descriptor.of(PROV_LAYER_MEDIA_TYPE, prov);
        if (provDesc != null) {
            layers.add(provDesc);
        }
        layers.sort(Comparator.comparing(Descriptor::digest));
        byte[] manifest = manifest(configDesc, layers, annotations(meta, created));
        BlobPusher blobs = new BlobPusher(http, events);
        blobs.push(target, configDesc, config);
        blobs.push(target, chartDesc, chart);
        if (provDesc != null) {
            blobs.push(target, provDesc, prov);
        }
        new ManifestPusher(http).push(target, manifest);
        return new PushResult(target.toString(), Digests.of(manifest), configDesc, chartDesc, provDesc, manifest);
    }

    /**
     * Helm's {@code ValidateReference} and {@code Pull}: {@code ref} by its tag, by {@code version} (an exact
     * version or a constraint over the repository's SemVer tags; it must equal a tag given in the reference),
     * or by digest (a tag or version given with it must name the same manifest). Every blob is checked
     * against its digest while it streams. {@code withProv}: fetch the provenance layer too (an error when absent).
     */
    public PullResult pull(String ref, String version, boolean withProv) {
        return pull(ref, version, true, withProv);
    }

    /**
     * As {@link #pull(String, String, boolean)}, choosing the layers: {@code withChart} false leaves the chart
     * out (its {@link PullResult#chart()} is null), as Helm's provenance-only pull does.
     */
    public PullResult pull(String ref, String version, boolean withChart, boolean withProv) {
        OciReference r = OciReference.parse(ref);
        String v = version == null ? "" : version;
        if (v.isEmpty()) {
            v = r.tag();
        } else if (!r.tag().isEmpty() && !r.tag().equals(v)) {
            throw new Helm4jException("chart reference and version mismatch: " + v + " is not " + r.tag());
        }
        OciReference target;
        if (!r.digest().isEmpty()) {
            target = r.withDigest(r.digest());
            if (!v.isEmpty()) {
                String tagged;
                try {
                    tagged = new ManifestPuller(http).pull(r.withTag(v)).digest();
                } catch (RegistryException e) {
                    tagged = null; // the digest need not be tagged
                }
                if (tagged != null && !tagged.equals(r.digest())) {
                    throw new Helm4jException("chart reference digest mismatch: " + tagged + " is not " + r.digest());
                }
            }
        } else {
            target = r.withTag(resolveTag(r, v, ref));
        }
        ManifestPuller.Pulled m = new ManifestPuller(http).pull(target);
        return fromManifest(target, m, withChart, withProv);
    }

    /** A cosign signature pushed: the artifact's manifest digest and the signature's tag ({@code sha256-HEX.sig}). */
    public record CosignSigned(String ref, String manifestDigest, String signatureRef) {
    }

    /** A cosign signature that verified: the artifact's manifest digest, the claimed identity, the payload. */
    public record CosignVerified(String manifestDigest, String dockerReference, String payload) {
    }

    /**
     * Beyond Helm, cosign's key-pair signing: signs the manifest {@code ref} names (by tag or digest) with
     * {@code key} as {@code cosign sign --key --tlog-upload=false} does, adding a simple-signing layer to the
     * signature manifest {@code sha256-HEX.sig} of the same repository.
     */
    public CosignSigned cosignSign(String ref, java.security.PrivateKey key) {
        OciReference r = OciReference.parse(ref);
        String digest = manifestDigest(r);
        OciReference sig = new CosignSignatures(http).sign(r, digest, key);
        return new CosignSigned(r.toString(), digest, sig.toString());
    }

    /**
     * Beyond Helm, as {@code cosign verify --key --insecure-ignore-tlog}: the cosign signatures of the manifest
     * {@code ref} names that verify with {@code key} and claim its digest; a {@link RegistryException} naming the
     * reference, digest and reasons when none does. {@code digest}, when not empty, is the manifest digest already
     * resolved (a pull's), so the signature checked is that of the bytes pulled.
     */
    public List<CosignVerified> cosignVerify(String ref, String digest, java.security.PublicKey key) {
        OciReference r = OciReference.parse(ref);
        String d = digest == null || digest.isEmpty() ? manifestDigest(r) : digest;
        return new CosignSignatures(http).verify(r, d, key).stream()
                .map(v -> new CosignVerified(v.digest(), v.dockerReference(),
                        new String(v.payload(), StandardCharsets.UTF_8)))
                .toList();
    }

    /** The digest of the manifest {@code r} names: its digest (checked to exist) or what its tag points at. */
    private String manifestDigest(OciReference r) {
        if (!r.digest().isEmpty()) {
            String d = new ManifestPuller(http).pull(r.withDigest(r.digest())).digest();
            if (!r.tag().isEmpty()) {
                String tagged = new ManifestPuller(http).pull(r.withTag(r.tag())).digest();
                if (!tagged.equals(d)) {
                    throw new Helm4jException("chart reference digest mismatch: " + tagged + " is not " + d);
                }
            }
            return d;
        }
        if (r.tag().isEmpty()) {
            throw new Helm4jException("invalid reference: " + r + " names no tag and no digest");
        }
        return new ManifestPuller(http).pull(r).digest();
    }

    /** Helm's {@code Tags}: the repository's SemVer tags ({@code _} read as {@code +}), newest first. */
    public List<String> tags(String ref) {
        List<SemVersion> versions = new ArrayList<>();
        for (String t : new TagLister(http).list(OciReference.parse(ref))) {
            try {
                versions.add(SemVersion.parseStrict(t.replace('_', '+')));
            } catch (RuntimeException e) {
                // not a chart version
            }
        }
        versions.sort(Comparator.reverseOrder());
        return versions.stream().map(SemVersion::toString).toList();
    }

    private String resolveTag(OciReference r, String version, String ref) {
        try {
            SemVersion.parse(version);
            return version;
        } catch (RuntimeException notAVersion) {
            // a constraint (or nothing): look through the tags
        }
        List<String> tags = tags(ref);
        if (tags.isEmpty()) {
            throw new Helm4jException("unable to locate any tags in provided repository: " + ref);
        }
        SemConstraint constraint;
        if (version.isEmpty()) {
            constraint = SemConstraint.parse("*");
        } else {
            if (tags.contains(version)) {
                return version;
            }
            constraint = SemConstraint.parse(version);
        }
        for (String t : tags) {
            if (constraint.check(SemVersion.parse(t))) {
                return t;
            }
        }
        throw new Helm4jException("could not locate a version matching provided version string " + version);
    }

    @SuppressWarnings("unchecked")
    private PullResult fromManifest(OciReference target, ManifestPuller.Pulled m, boolean withChart,
            boolean withProv) {
        Map<String, Object> manifest = GoYaml.fromJsonObject(new String(m.data(), StandardCharsets.UTF_8));
        List<Object> layers = manifest.get("layers") instanceof List<?> l ? (List<Object>) l : List.of();
        Descriptor config = manifest.get("config") == null ? null : Descriptor.from(manifest.get("config"));
        if (config == null || !CONFIG_MEDIA_TYPE.equals(config.mediaType())) {
            throw new Helm4jException("could not load config with mediatype " + CONFIG_MEDIA_TYPE);
        }
        Descriptor chart = null;
        Descriptor prov = null;
        for (Object o : layers) {
            Descriptor d = Descriptor.from(o);
            if (d.mediaType().equals(CHART_LAYER_MEDIA_TYPE) || d.mediaType().equals(LEGACY_CHART_LAYER_MEDIA_TYPE)) {
                chart = d;
            } else if (d.mediaType().equals(PROV_LAYER_MEDIA_TYPE)) {
                prov = d;
            }
        }
        if (chart == null) {
            throw new Helm4jException("manifest does not contain a layer with mediatype " + CHART_LAYER_MEDIA_TYPE);
        }
        if (withProv && prov == null) {
            throw new Helm4jException("manifest does not contain a layer with mediatype " + PROV_LAYER_MEDIA_TYPE);
        }
        BlobPuller blobs = new BlobPuller(http, maxChartSize, events);
        byte[] configData = blobs.pull(target, config);
        Metadata meta = Metadata.decode(GoYaml.fromJsonObject(new String(configData, StandardCharsets.UTF_8)));
        byte[] chartData = withChart ? blobs.pull(target, chart) : null;
        byte[] provData = withProv ? blobs.pull(target, prov) : null;
        return new PullResult(target.toString(), m.digest(), chartData, provData, meta);
    }

    /** Go's json.Marshal of Helm's ocispec.Manifest: schemaVersion, config, layers, annotations (sorted). */
    static byte[] manifest(Descriptor config, List<Descriptor> layers, Map<String, String> annotations) {
        StringBuilder b = new StringBuilder("{\"schemaVersion\":2,\"config\":").append(config.toJson())
                .append(",\"layers\":[");
        for (int i = 0; i < layers.size(); i++) {
            b.append(i > 0 ? "," : "").append(layers.get(i).toJson());
        }
        b.append(']');
        if (!annotations.isEmpty()) {
            b.append(",\"annotations\":").append(GoYaml.toJson(new TreeMap<>(annotations)));
        }
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Helm's {@code generateOCIAnnotations}: the chart's fields, then its own annotations (not title/version). */
    static Map<String, String> annotations(Metadata meta, String created) {
        Map<String, String> a = new TreeMap<>();
        put(a, "org.opencontainers.image.description", meta.description());
        put(a, "org.opencontainers.image.title", meta.name());
        put(a, "org.opencontainers.image.version", meta.version());
        put(a, "org.opencontainers.image.url", meta.home());
        put(a, "org.opencontainers.image.created", created);
        if (meta.sources() != null && !meta.sources().isEmpty()) {
            put(a, "org.opencontainers.image.source", meta.sources().get(0));
        }
        if (meta.maintainers() != null && !meta.maintainers().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < meta.maintainers().size(); i++) {
                Maintainer m = meta.maintainers().get(i);
                if (m != null && m.name() != null && !m.name().isEmpty()) {
                    sb.append(m.name());
                }
                if (m != null && m.email() != null && !m.email().isEmpty()) {
                    sb.append(" (").append(m.email()).append(')');
                }
                if (i < meta.maintainers().size() - 1) {
                    sb.append(", ");
                }
            }
            put(a, "org.opencontainers.image.authors", sb.toString());
        }
        if (meta.annotations() != null) {
            meta.annotations().forEach((k, v) -> {
                if (!k.equals("org.opencontainers.image.version") && !k.equals("org.opencontainers.image.title")) {
                    a.put(k, v);
                }
            });
        }
        return a;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
