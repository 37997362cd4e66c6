package io.helm4j.internal.engine.funcs;

import java.security.SecureRandom;
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
}
