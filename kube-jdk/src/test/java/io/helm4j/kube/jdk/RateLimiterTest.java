package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void aBurstPassesAtOnceAndThenRequestsArePaced() throws Exception {
        RateLimiter r = new RateLimiter(20f, 5);
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            r.acquire();
        }
        long burst = System.nanoTime() - t0;
        for (int i = 0; i < 4; i++) {
            r.acquire();
        }
        long paced = System.nanoTime() - t0;
        assertThat(burst).isLessThan(100_000_000L);
        assertThat(paced).as("4 more at 20/s take about 200 ms").isGreaterThan(150_000_000L);
    }
}
