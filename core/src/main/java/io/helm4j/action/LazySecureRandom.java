package io.helm4j.action;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Randomness for Sprig's random functions, from a {@link SecureRandom} (Go's crypto/rand) that is
 * created on first use: most renders never draw a random number, and creating one loads the
 * JDK's security providers, which a short command should not pay for.
 */
final class LazySecureRandom implements RandomGenerator {
    private volatile SecureRandom delegate;

    private SecureRandom delegate() {
        SecureRandom d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = new SecureRandom();
                    delegate = d;
                }
            }
        }
        return d;
    }

    @Override
    public long nextLong() {
        return delegate().nextLong();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        delegate().nextBytes(bytes);
    }
}
