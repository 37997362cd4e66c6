package io.helm4j.engine.funcs;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.random.RandomGenerator;

/**
 * Randomness for key material (keys, certificate serials, bcrypt salts, AES IVs): the injected generator
 * when it is a {@link SecureRandom}, otherwise a fresh {@link SecureRandom} - a plain generator never
 * feeds secrets.
 */
final class Entropy {
    private Entropy() {
    }

    static SecureRandom secure(RandomGenerator random) {
        if (random instanceof SecureRandom s) {
            return s;
        }
        return new SecureRandom();
    }

    /** The injected generator seen as a SecureRandom, for tests that want reproducible key material. */
    static SecureRandom reproducible(RandomGenerator random) {
        return new Adapter(random);
    }

    private static final class Adapter extends SecureRandom {
        Adapter(RandomGenerator random) {
            super(new Spi(random), null);
        }
    }

    private static final class Spi extends SecureRandomSpi {
        private final transient RandomGenerator random;

        Spi(RandomGenerator random) {
            this.random = random;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            byte[] b = new byte[numBytes];
            random.nextBytes(b);
            return b;
        }
    }
}
