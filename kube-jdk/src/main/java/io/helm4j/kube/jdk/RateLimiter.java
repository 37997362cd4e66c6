package io.helm4j.kube.jdk;

/**
 * client-go's token bucket ({@code flowcontrol.NewTokenBucketRateLimiter}): {@code qps} requests a second on
 * average, bursts of up to {@code burst}; it starts full. {@link #acquire} takes a token, waiting until one is
 * free; waiters are served in the order they asked (each reserves its token before sleeping, as
 * {@code rate.Limiter.Wait} does).
 */
final class RateLimiter {
    private final Ticker ticker;
    private final double perNano;
    private final double burst;
    private double tokens;
    private long last;

    RateLimiter(float qps, int burst) {
        this(qps, burst, Ticker.SYSTEM);
    }

    RateLimiter(float qps, int burst, Ticker ticker) {
        if (!(qps > 0)) {
            throw new IllegalArgumentException("qps must be positive: " + qps);
        }
        this.ticker = ticker;
        this.perNano = qps / 1e9;
        this.burst = Math.max(1, burst);
        this.tokens = this.burst;
        this.last = ticker.nanoTime();
    }

    /** Takes a token; returns the nanoseconds it waited for it. */
    long acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            ticker.sleep(wait);
        }
        return wait;
    }

    /** Takes a token now (the count may go negative: later callers queue behind); how long to wait for it. */
    synchronized long reserve() {
        long now = ticker.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
    }
}
