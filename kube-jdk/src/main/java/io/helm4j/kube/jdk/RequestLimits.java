package io.helm4j.kube.jdk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client-side rate limits of one client, shaped as Helm 4 (v4.3.2, client-go and cli-runtime v0.37) has
 * them in effect, so that helm4j is never throttled more than Helm for the same {@code --qps} ({@code HELM_QPS},
 * default 0) and {@code --burst-limit} ({@code HELM_BURST_LIMIT}, default 100).
 *
 * <p>Helm passes both numbers to every {@code rest.Config} it makes (its {@code WrapConfigFn}), but client-go
 * builds a token bucket per REST client, not per process, and Helm makes many REST clients:
 * <ul>
 * <li><b>Objects.</b> {@code kube.Client.Build} reads manifests with cli-runtime's resource builder, whose mapper
 *     gives every object it decodes ({@code infoForData}) a REST client of its own ({@code getClient} →
 *     {@code rest.RESTClientFor}), hence a full bucket of its own. Every request Helm makes about one chart object
 *     (the ownership check's GET, create/apply/update/replace, delete, {@code status}'s GET) spends that
 *     object's tokens only: {@link Limit#object(String)}, one bucket per object, kept while the client lives
 *     (Helm's are fresh per Build, so this is at most as strict). A POST that creates an object spends from a
 *     fresh bucket, so it never waits.</li>
 * <li><b>Release storage.</b> The Secret/ConfigMap drivers use one clientset ({@code kubernetes.NewForConfig}):
 *     with {@code --qps} above 0 one bucket shared by all its groups, else one per group (5 qps); records live in
 *     core/v1 only, so either way one bucket of {@code qps} (5 when unset) and {@code burst}:
 *     {@link Limit#RECORDS}.</li>
 * <li><b>Discovery.</b> {@code ConfigFlags.toDiscoveryClient} overrides both numbers: QPS 0 (client-go's default,
 *     5, whatever {@code --qps} says) and burst 300 ({@code setDiscoveryDefaults}), or {@code --burst-limit} when
 *     it is not 100 (Helm's {@code WithDiscoveryBurst}): {@link Limit#DISCOVERY}. Helm also caches discovery on
 *     disk; helm4j asks aggregated discovery (two requests) instead.</li>
 * <li><b>Waiting.</b> Helm's kstatus watcher uses one dynamic client (one bucket of {@code qps}/{@code burst}) for
 *     a list and a watch per kind and namespace, and the legacy waiter a clientset. helm4j's waiter reads each
 *     object it waits for: those reads are object requests (above), so they never queue behind one another.</li>
 * </ul>
 * client-go's {@code --burst-limit 0} means its default, 10; {@link Connection} has already made that
 * substitution, so a burst of 10 here counts as "unset" for discovery (300, less strict than a literal 10).
 */
final class RequestLimits {
    /** Client-go's {@code DefaultQPS}: what discovery runs at whatever {@code --qps} says. */
    static final float DISCOVERY_QPS = 5f;
    /** client-go's discovery default burst ({@code setDiscoveryDefaults}). */
    static final int DISCOVERY_BURST = 300;
    /** Helm's default {@code --burst-limit}. */
    static final int HELM_DEFAULT_BURST = 100;
    /** Object buckets kept; the least recently used is dropped (a fresh, full one replaces it: never stricter). */
    static final int MAX_OBJECT_BUCKETS = 4096;

    /** Where a request takes its token from. */
    record Limit(String key) {
        static final Limit DISCOVERY = new Limit("discovery");
        static final Limit RECORDS = new Limit("records");
        /** A fresh bucket: the request never waits (Helm's create of a new object). */
        static final Limit FRESH = new Limit("fresh");

        /** The bucket of one object (or one list): {@code key} is its path, a list's with its selector. */
        static Limit object(String key) {
            return new Limit("object " + key);
        }
    }

    private final float qps;
    private final int burst;
    private final Ticker ticker;
    private final RateLimiter discovery;
    private final RateLimiter records;
    private final Map<String, RateLimiter> objects = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
            return size() > MAX_OBJECT_BUCKETS;
        }
    };

    RequestLimits(float qps, int burst, Ticker ticker) {
        this.qps = qps;
        this.burst = burst;
        this.ticker = ticker;
        this.discovery = new RateLimiter(DISCOVERY_QPS, discoveryBurst(burst), ticker);
        this.records = new RateLimiter(qps, burst, ticker);
    }

    /** Helm's discovery burst for a {@code --burst-limit}: 300 unless set to something else than 100. */
    static int discoveryBurst(int burst) {
        return burst == HELM_DEFAULT_BURST || burst == Connection.DEFAULT_BURST ? DISCOVERY_BURST : burst;
    }

    /** Takes a token from the bucket of {@code limit}, waiting for it if need be; the nanoseconds waited. */
    long acquire(Limit limit) throws InterruptedException {
        return bucket(limit).acquire();
    }

    private RateLimiter bucket(Limit limit) {
        if (limit.equals(Limit.DISCOVERY)) {
            return discovery;
        }
        if (limit.equals(Limit.RECORDS)) {
            return records;
        }
        if (limit.equals(Limit.FRESH)) {
            return new RateLimiter(qps, burst, ticker);
        }
        synchronized (objects) {
            return objects.computeIfAbsent(limit.key(), k -> new RateLimiter(qps, burst, ticker));
        }
    }

    /** The object buckets held now (for tests). */
    int objectBuckets() {
        synchronized (objects) {
            return objects.size();
        }
    }

    /** Release records: Helm's storage objects ({@code sh.helm.release.v1.NAME.vN}, labelled {@code owner=helm}). */
    static final String RECORD_PREFIX = "sh.helm.release.v1.";

    /**
     * The limit of a request about one object of a kind ({@code resource}: its plural, in the core group or
     * not): release records (Secrets and ConfigMaps of core/v1 named {@code sh.helm.release.v1.*}) spend from the
     * storage bucket, anything else from its own.
     */
    static Limit forObject(String group, String resource, String name, String path) {
        if (group.isEmpty() && isRecordKind(resource) && name.startsWith(RECORD_PREFIX)) {
            return Limit.RECORDS;
        }
        return Limit.object(path);
    }

    /** The limit of a list: the storage driver's ({@code owner=helm} on Secrets or ConfigMaps), else its own. */
    static Limit forList(String group, String resource, String labelSelector, String key) {
        if (group.isEmpty() && isRecordKind(resource) && labelSelector != null
                && java.util.Arrays.stream(labelSelector.split(",")).map(String::strip).anyMatch("owner=helm"::equals)) {
            return Limit.RECORDS;
        }
        return Limit.object(key);
    }

    /** The limit of a create (a POST): a record's is the storage bucket's; an object's, as Helm's, never waits. */
    static Limit forCreate(String group, String resource, String name) {
        return group.isEmpty() && isRecordKind(resource) && name.startsWith(RECORD_PREFIX) ? Limit.RECORDS : Limit.FRESH;
    }

    private static boolean isRecordKind(String resource) {
        return resource.equals("secrets") || resource.equals("configmaps");
    }
}
