package io.helm4j.kube.jdk;

/** The time a {@link RateLimiter} reads and waits on: the system's, or a test's that counts instead of sleeping. */
interface Ticker {
    /** Now, in nanoseconds from an arbitrary origin (as {@link System#nanoTime()}). */
    long nanoTime();

    /** Waits {@code nanos} nanoseconds. */
    void sleep(long nanos) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    };
}
