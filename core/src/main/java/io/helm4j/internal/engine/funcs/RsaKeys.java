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
 * exactly the requested length, gcd(e, p-1) = gcd(e, q-1) = 1, p and q not close), the primes taken from a
 * {@link PrimePool} (searched ahead, or on this thread and up to three more at once). The JDK's generator spends
 * 1 to 3 s on a 2048-bit key under the launcher's C1-only JIT; see bench/README.md.
 */
final class RsaKeys {
    private static final BigInteger E = BigInteger.valueOf(65537);

    private RsaKeys() {
    }

    static KeyPair generate(int bits, SecureRandom random) throws GeneralSecurityException {
        return generate(bits, random, new KeyPool());
    }

    /** A key of {@code bits} bits whose primes come from {@code pool} (found ahead, or searched now). */
    static KeyPair generate(int bits, SecureRandom random, KeyPool pool) throws GeneralSecurityException {
        if (bits < 1024 || bits % 64 != 0) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, random);
            return g.generateKeyPair();
        }
        int half = bits / 2;
        PrimePool primes = pool.primes(half, random);
        while (true) {
            BigInteger[] pq = primes.takeTwo();
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
