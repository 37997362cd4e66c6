package io.helm4j.internal.engine.funcs;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The primes of the RSA keys one function map makes, one {@link PrimePool} per size: a prime that a helper
 * thread finds after a key already had its two waits for the next key instead of being thrown away.
 * Starting the search at chart load, before the templates ask (tried: counting genCA and friends in the
 * templates), cost the many charts that name them in a branch their values leave off about 100 ms of CPU
 * each and did not measurably speed up the charts that make keys on a loaded machine (bench/README.md).
 */
final class KeyPool {
    private final Map<Integer, PrimePool> pools = new HashMap<>();

    /** The pool of primes of {@code bits} bits, drawn from {@code random} (the one source of a function map). */
    synchronized PrimePool primes(int bits, SecureRandom random) {
        return pools.computeIfAbsent(bits, b -> new PrimePool(b, random));
    }
}
