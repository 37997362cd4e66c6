package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.jdk.RateLimiterTest.FakeTicker;
import io.helm4j.kube.jdk.RequestLimits.Limit;
import org.junit.jupiter.api.Test;

/** The buckets of Helm 4's clients as {@link RequestLimits} models them; no request, no real time. */
class RequestLimitsTest {
    private static final String CM = "/api/v1/namespaces/ns/configmaps/";

    @Test
    void eachObjectHasABucketOfItsOwnAsEachOfHelmsInfosHasARestClient() throws Exception {
        FakeTicker t = new FakeTicker();
        RequestLimits limits = new RequestLimits(1f, 2, t);
        // 300 objects, a GET and an apply each: Helm spends two tokens of each object's own bucket
        for (int i = 0; i < 300; i++) {
            limits.acquire(Limit.object(CM + "o" + i));
            limits.acquire(Limit.object(CM + "o" + i));
        }
        assertThat(t.sleeps).isEmpty();
        assertThat(limits.objectBuckets()).isEqualTo(300);
        // a third request about one object waits for that object's bucket only
        limits.acquire(Limit.object(CM + "o7"));
        assertThat(t.sleeps).containsExactly(1_000_000_000L);
    }

    @Test
    void creatingAnObjectNeverWaits() throws Exception {
        FakeTicker t = new FakeTicker();
        RequestLimits limits = new RequestLimits(1f, 1, t);
        for (int i = 0; i < 50; i++) {
            limits.acquire(Limit.FRESH);
        }
        assertThat(t.sleeps).isEmpty();
        assertThat(limits.objectBuckets()).isZero();
    }

    @Test
    void releaseRecordsShareTheStorageClientsBucket() throws Exception {
        FakeTicker t = new FakeTicker();
        RequestLimits limits = new RequestLimits(5f, 3, t);
        for (int i = 0; i < 5; i++) {
            limits.acquire(Limit.RECORDS);
        }
        assertThat(t.sleeps).as("burst 3, then 1/5 s apart").containsExactly(200_000_000L, 200_000_000L);
        // the records' bucket being empty does not hold up an object
        assertThat(limits.acquire(Limit.object(CM + "web"))).isZero();
    }

    @Test
    void discoveryRunsAtClientGosDefaultsWhateverQpsSays() throws Exception {
        FakeTicker t = new FakeTicker();
        RequestLimits limits = new RequestLimits(50f, 100, t);
        for (int i = 0; i < 300; i++) {
            limits.acquire(Limit.DISCOVERY);
        }
        assertThat(t.sleeps).as("burst 300 when --burst-limit is Helm's default 100").isEmpty();
        limits.acquire(Limit.DISCOVERY);
        assertThat(t.sleeps).as("then 5 a second, not 50").containsExactly(200_000_000L);
    }

    @Test
    void discoveryBurstFollowsAnExplicitBurstLimit() {
        assertThat(RequestLimits.discoveryBurst(100)).isEqualTo(300);
        assertThat(RequestLimits.discoveryBurst(Connection.DEFAULT_BURST)).isEqualTo(300);
        assertThat(RequestLimits.discoveryBurst(400)).isEqualTo(400);
        assertThat(RequestLimits.discoveryBurst(20)).isEqualTo(20);
    }

    @Test
    void recordsAreToldFromChartObjectsByKindNameAndSelector() {
        String rec = "sh.helm.release.v1.web.v1";
        assertThat(RequestLimits.forObject("", "secrets", rec, "/p")).isEqualTo(Limit.RECORDS);
        assertThat(RequestLimits.forObject("", "configmaps", rec, "/p")).isEqualTo(Limit.RECORDS);
        assertThat(RequestLimits.forObject("", "secrets", "web-tls", "/p")).isEqualTo(Limit.object("/p"));
        assertThat(RequestLimits.forObject("example.com", "secrets", rec, "/p")).isEqualTo(Limit.object("/p"));
        assertThat(RequestLimits.forObject("", "services", rec, "/p")).isEqualTo(Limit.object("/p"));
        assertThat(RequestLimits.forList("", "secrets", "owner=helm,name=web", "/l")).isEqualTo(Limit.RECORDS);
        assertThat(RequestLimits.forList("", "configmaps", "name=web, owner=helm", "/l")).isEqualTo(Limit.RECORDS);
        assertThat(RequestLimits.forList("", "secrets", "owner=helmet", "/l")).isEqualTo(Limit.object("/l"));
        assertThat(RequestLimits.forList("", "pods", "owner=helm", "/l")).isEqualTo(Limit.object("/l"));
        assertThat(RequestLimits.forList("", "secrets", null, "/l")).isEqualTo(Limit.object("/l"));
        assertThat(RequestLimits.forCreate("", "secrets", rec)).isEqualTo(Limit.RECORDS);
        assertThat(RequestLimits.forCreate("", "secrets", "web-tls")).isEqualTo(Limit.FRESH);
    }

    @Test
    void theLeastRecentlyUsedObjectBucketIsDroppedPastTheCap() throws Exception {
        FakeTicker t = new FakeTicker();
        RequestLimits limits = new RequestLimits(1f, 1, t);
        for (int i = 0; i <= RequestLimits.MAX_OBJECT_BUCKETS; i++) {
            limits.acquire(Limit.object(CM + i));
        }
        assertThat(limits.objectBuckets()).isEqualTo(RequestLimits.MAX_OBJECT_BUCKETS);
        // object 0 was dropped: it starts again with a full bucket, which is never stricter than Helm
        assertThat(limits.acquire(Limit.object(CM + 0))).isZero();
        assertThat(t.sleeps).isEmpty();
    }
}
