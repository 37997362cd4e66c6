package io.helm4j.engine.funcs;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.random.RandomGenerator;

/** The injected generator as a {@link SecureRandom} for key and certificate generation. */
final class Entropy {
    private Entropy() {
    }

    static SecureRandom secure(RandomGenerator random) {
        if (random instanceof SecureRandom s) {
            return s;
        }
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
