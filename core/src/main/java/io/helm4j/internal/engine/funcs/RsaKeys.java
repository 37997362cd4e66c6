package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;

/**
 * RSA key pairs as Go's rsa.GenerateKey makes them (e = 65537, two primes of half the size each, n of
 * exactly the requested length, gcd(e, p-1) = gcd(e, q-1) = 1, p and q not close), the primes searched
 * ({@link PrimeSearch}) on this thread and a second one at once. The JDK's generator spends
 * 1 to 3 s on a 2048-bit key under the launcher's C1-only JIT; see bench/README.md.
 */
final class RsaKeys {
    private static final BigInteger E = BigInteger.valueOf(65537);

    private RsaKeys() {
    }

    static KeyPair generate(int bits, SecureRandom random) throws GeneralSecurityException {
        if (bits < 1024 || bits % 64 != 0) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, random);
            return g.generateKeyPair();
        }
        int half = bits / 2;
        while (true) {
            BigInteger[] pq = primes(half, random);
            BigInteger p = pq[0].max(pq[1]);
            BigInteger q = pq[0].min(pq[1]);
            BigInteger n = p.multiply(q);
            // FIPS 186-5 A.1.3: |p - q| > 2^(bits/2 - 100)
            if (n.bitLength() != bits || p.subtract(q).bitLength() <= half - 100) {
                continue;
            }
            return keyPair(n, p, q);
        }
    }

    /**
     * Two primes of {@code bits} bits, searched by this thread and a second one together: the first two found,
     * by either. (Each thread searching its own prime makes the key wait for the slower search while the other
     * core idles; a prime search's length varies a lot, so the first two of a shared search come about a third
     * sooner on average.)
     */
    private static BigInteger[] primes(int bits, SecureRandom random) {
        Found found = new Found();
        Thread.ofPlatform().daemon().name("helm4j-rsa-prime").start(() -> {
            try {
                search(bits, random, found);
            } catch (RuntimeException e) {
                found.fail(e);
            }
        });
        try {
            search(bits, random, found);
        } catch (RuntimeException e) {
            found.fail(e);
            throw e;
        }
        // the second thread stops at its next candidate; nothing waits for it
        return found.firstTwo();
    }

    private static void search(int bits, SecureRandom random, Found found) {
        PrimeSearch s = new PrimeSearch(random);
        while (!found.done()) {
            BigInteger p = s.next(bits, found::done);
            if (p != null) {
                found.add(p);
            }
        }
    }

    /** The primes the two searches found, in order; done at two, or when a search failed. */
    private static final class Found {
        private final java.util.List<BigInteger> primes = new java.util.ArrayList<>(3);
        private RuntimeException failure;
        private volatile boolean done;

        synchronized void add(BigInteger p) {
            primes.add(p);
            if (primes.size() >= 2) {
                done = true;
            }
        }

        synchronized void fail(RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
            done = true;
        }

        boolean done() {
            return done;
        }

        synchronized BigInteger[] firstTwo() {
            if (primes.size() < 2) {
                throw failure;
            }
            return new BigInteger[] {primes.get(0), primes.get(1)};
        }
    }

    private static KeyPair keyPair(BigInteger n, BigInteger p, BigInteger q) throws GeneralSecurityException {
        BigInteger pm1 = p.subtract(BigInteger.ONE);
        BigInteger qm1 = q.subtract(BigInteger.ONE);
        BigInteger d = E.modInverse(pm1.multiply(qm1));
        BigInteger dp = d.mod(pm1);
        BigInteger dq = d.mod(qm1);
        BigInteger qInv = q.modInverse(p);
        KeyFactory f = KeyFactory.getInstance("RSA");
        return new KeyPair(f.generatePublic(new RSAPublicKeySpec(n, E)),
                f.generatePrivate(new RSAPrivateCrtKeySpec(n, E, d, p, q, dp, dq, qInv)));
    }
}
