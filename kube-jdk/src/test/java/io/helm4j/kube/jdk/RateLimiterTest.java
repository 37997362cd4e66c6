package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    /** A clock that only moves when told to, or when a limiter sleeps; it records the sleeps. */
    static final class FakeTicker implements Ticker {
        long now = 1_000_000_000L;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }

        synchronized void advance(long nanos) {
            now += nanos;
        }
    }

    @Test
    void aFullBucketLetsTheBurstThroughThenPacesAtQps() throws Exception {
        FakeTicker t = new FakeTicker();
        RateLimiter r = new RateLimiter(20f, 5, t);
        for (int i = 0; i < 5; i++) {
            assertThat(r.acquire()).isZero();
        }
        assertThat(t.sleeps).isEmpty();
        for (int i = 0; i < 4; i++) {
            r.acquire();
        }
        assertThat(t.sleeps).as("each of the next four waits 1/20 s").containsExactly(50_000_000L, 50_000_000L,
                50_000_000L, 50_000_000L);
    }

    @Test
    void tokensComeBackWithTimeButNeverAboveTheBurst() throws Exception {
        FakeTicker t = new FakeTicker();
        RateLimiter r = new RateLimiter(10f, 3, t);
        for (int i = 0; i < 3; i++) {
            r.acquire();
        }
        t.advance(60_000_000_000L); // a minute: 600 tokens' worth, capped at 3
        for (int i = 0; i < 3; i++) {
            assertThat(r.acquire()).isZero();
        }
        assertThat(r.acquire()).isEqualTo(100_000_000L);
    }

    @Test
    void concurrentCallersQueueOneBehindTheOther() {
        FakeTicker t = new FakeTicker();
        RateLimiter r = new RateLimiter(5f, 1, t);
        assertThat(r.reserve()).isZero();
        // three callers reserve before any of them sleeps: each waits one more period than the one before
        assertThat(List.of(r.reserve(), r.reserve(), r.reserve()))
                .containsExactly(200_000_000L, 400_000_000L, 600_000_000L);
    }

    @Test
    void aBurstBelowOneCountsAsOneAndQpsMustBePositive() throws Exception {
        FakeTicker t = new FakeTicker();
        RateLimiter r = new RateLimiter(1f, 0, t);
        assertThat(r.acquire()).isZero();
        assertThat(r.acquire()).isEqualTo(1_000_000_000L);
        assertThatThrownBy(() -> new RateLimiter(0f, 10, t)).isInstanceOf(IllegalArgumentException.class);
    }
}
