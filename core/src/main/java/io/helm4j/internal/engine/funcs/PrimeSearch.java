package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Random probable primes for RSA: a random odd start with its two top bits set (so that the product of
 * two has exactly twice the bits), a sieve over the next {@value #WINDOW} odd numbers by every prime
 * under 2^16, a Miller-Rabin test to base 2 on the survivors (multiplying by the base is a doubling),
 * then as many Miller-Rabin rounds with random bases as FIPS 186-5 table B.1 asks (Go's count, 5 for
 * a 1024-bit prime). Candidates {@code p} with {@code p = 1 mod 65537} are skipped, so
 * gcd(65537, p-1) = 1.
 */
final class PrimeSearch {
    private static final int WINDOW = 2048;
    private static final BigInteger E = BigInteger.valueOf(65537);
    private final SecureRandom random;
    /** The odd primes under 2^18, per search (no static arrays in the SDK; sieving them takes about 2 ms under C1). */
    private final int[] smallPrimes = smallPrimes(1 << 18);

    PrimeSearch(SecureRandom random) {
        this.random = random;
    }

    /** A probable prime of exactly {@code bits} bits (bits >= 64) whose two top bits are set. */
    BigInteger next(int bits) {
        return next(bits, () -> false);
    }

    /** As {@link #next(int)}, or null once {@code stop} says so (asked before each candidate's test). */
    BigInteger next(int bits, java.util.function.BooleanSupplier stop) {
        while (true) {
            BigInteger base = new BigInteger(bits, random).setBit(bits - 1).setBit(bits - 2).setBit(0);
            boolean[] composite = sieve(base);
            for (int j = 0; j < WINDOW; j++) {
                if (composite[j]) {
                    continue;
                }
                if (stop.getAsBoolean()) {
                    return null;
                }
                BigInteger c = base.add(BigInteger.valueOf(2L * j));
                if (c.bitLength() != bits || !c.testBit(bits - 2)) {
                    break;
                }
                if (c.mod(E).equals(BigInteger.ONE)) {
                    continue;
                }
                if (isProbablePrime(c, bits)) {
                    return c;
                }
            }
        }
    }

    private boolean isProbablePrime(BigInteger c, int bits) {
        Montgomery m = new Montgomery(c);
        if (!m.millerRabinBase2()) {
            return false;
        }
        for (int i = rounds(bits); i > 0; i--) {
            if (!m.millerRabin(randomBase(c))) {
                return false;
            }
        }
        return true;
    }

    /** Uniform in [2, c-2]. */
    private BigInteger randomBase(BigInteger c) {
        BigInteger max = c.subtract(BigInteger.TWO);
        while (true) {
            BigInteger a = new BigInteger(c.bitLength(), random);
            if (a.compareTo(BigInteger.ONE) > 0 && a.compareTo(max) <= 0) {
                return a;
            }
        }
    }

    /** Miller-Rabin rounds with random bases for an error probability of at most 2^-112 (FIPS 186-5 table B.1). */
    static int rounds(int bits) {
        if (bits >= 3747) {
            return 3;
        } else if (bits >= 1345) {
            return 4;
        } else if (bits >= 476) {
            return 5;
        } else if (bits >= 400) {
            return 6;
        } else if (bits >= 347) {
            return 7;
        } else if (bits >= 308) {
            return 8;
        } else if (bits >= 55) {
            return 27;
        }
        return 34;
    }

    /** composite[j]: base + 2j has an odd prime factor under 2^18 (base is odd and far larger). */
    private boolean[] sieve(BigInteger base) {
        boolean[] composite = new boolean[WINDOW];
        int[] limbs = Montgomery.limbs(base, (base.bitLength() + 31) >>> 5);
        for (int i = 0; i < smallPrimes.length; i++) {
            int p = smallPrimes[i];
            long r = 0;
            for (int l = limbs.length - 1; l >= 0; l--) {
                r = ((r << 32) | (limbs[l] & 0xFFFFFFFFL)) % p;
            }
            // base + 2j = 0 (mod p)  <=>  j = (p - r) * inverse(2) (mod p), inverse(2) = (p + 1) / 2
            int j = (int) ((p - r) % p * ((p + 1) >>> 1) % p);
            for (; j < WINDOW; j += p) {
                composite[j] = true;
            }
        }
        return composite;
    }

    /** The odd primes under {@code limit}, by a sieve of the odd numbers (index i stands for 2i + 1). */
    private static int[] smallPrimes(int limit) {
        int half = limit >>> 1;
        boolean[] composite = new boolean[half];
        int count = 0;
        for (int i = 1; i < half; i++) {
            if (!composite[i]) {
                count++;
                int p = 2 * i + 1;
                for (long j = ((long) p * p) >>> 1; j < half; j += p) {
                    composite[(int) j] = true;
                }
            }
        }
        int[] primes = new int[count];
        for (int i = 1, c = 0; i < half; i++) {
            if (!composite[i]) {
                primes[c++] = 2 * i + 1;
            }
        }
        return primes;
    }
}
