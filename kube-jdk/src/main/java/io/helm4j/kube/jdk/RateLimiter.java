package io.helm4j.kube.jdk;

/**
 * client-go's token bucket: {@code qps} requests a second on average, bursts of up to {@code burst}.
 * {@link #acquire} blocks until a token is free.
 */
final class RateLimiter {
    private final double perNano;
    private final double burst;
    private double tokens;
    private long last;

    RateLimiter(float qps, int burst) {
        this.perNano = qps / 1e9;
        this.burst = Math.max(1, burst);
        this.tokens = this.burst;
        this.last = System.nanoTime();
    }

    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) * perNano);
            last = now;
            tokens -= 1;
            wait = tokens >= 0 ? 0 : (long) (-tokens / perNano);
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
