package io.helm4j.internal.engine.funcs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RsaKeysTest {
    private static final BigInteger E = BigInteger.valueOf(65537);

    @Test
    void montgomeryPowerMatchesBigInteger() {
        Random r = new Random(42);
        for (int bits : new int[] {31, 32, 33, 64, 100, 512, 1024, 1536, 2048, 3000, 3001, 4096}) {
            for (int i = 0; i < 5; i++) {
                BigInteger n = new BigInteger(bits, r).setBit(bits - 1).setBit(0);
                BigInteger a = new BigInteger(bits + 8, r).mod(n);
                BigInteger e = new BigInteger(bits, r);
                Montgomery m = new Montgomery(n);
                int k = m.limbCount();
                assertArrayEquals(m.toMont(a.modPow(e, n)), m.pow(m.toMont(a), e), bits + " bits, n=" + n);
                long[] sq = new long[k];
                m.square(m.toMont(a), sq);
                assertArrayEquals(m.toMont(a.multiply(a).mod(n)), sq);
                BigInteger b = new BigInteger(bits, r).mod(n);
                long[] prod = new long[k];
                m.multiply(m.toMont(a), m.toMont(b), prod);
                assertArrayEquals(m.toMont(a.multiply(b).mod(n)), prod);
            }
        }
    }

    @Test
    void millerRabinRejectsCompositesAndKeepsPrimes() {
        // 2047 = 23 * 89 is a strong pseudoprime to base 2, 3215031751 to bases 2, 3, 5 and 7, not 11
        assertTrue(new Montgomery(BigInteger.valueOf(2047)).millerRabinBase2());
        assertFalse(new Montgomery(BigInteger.valueOf(2047)).millerRabin(BigInteger.valueOf(3)));
        Montgomery m = new Montgomery(BigInteger.valueOf(3215031751L));
        assertTrue(m.millerRabinBase2() && m.millerRabin(BigInteger.valueOf(3)) && m.millerRabin(BigInteger.valueOf(7)));
        assertFalse(m.millerRabin(BigInteger.valueOf(11)));
        // Carmichael numbers fool Fermat's test, not Miller-Rabin's
        for (long c : new long[] {561, 1105, 1729, 41041, 825265}) {
            assertFalse(new Montgomery(BigInteger.valueOf(c)).millerRabinBase2(), Long.toString(c));
        }
        Random r = new Random(7);
        for (int i = 0; i < 50; i++) {
            BigInteger p = BigInteger.probablePrime(256, r);
            BigInteger q = BigInteger.probablePrime(256, r);
            assertTrue(new Montgomery(p).millerRabinBase2());
            assertTrue(new Montgomery(p).millerRabin(BigInteger.valueOf(3 + i)));
            assertFalse(new Montgomery(p.multiply(q)).millerRabinBase2());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 512, 1024, 1536})
    void primesHaveTheirSizeAndTopBits(int bits) {
        PrimeSearch search = new PrimeSearch(new SecureRandom());
        for (int i = 0; i < 4; i++) {
            BigInteger p = search.next(bits);
            assertEquals(bits, p.bitLength());
            assertTrue(p.testBit(bits - 2));
            assertTrue(p.isProbablePrime(100), p.toString());
            assertNotEquals(BigInteger.ONE, p.mod(E), "gcd(e, p-1) must be 1");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 2048, 2048, 2048, 2048, 3072})
    void keysAreValidRsaKeys(int bits) throws Exception {
        assertValid(RsaKeys.generate(bits, new SecureRandom()), bits);
    }

    @Test
    void keysOfOnePoolAreValidAndNoPrimeIsUsedTwice() throws Exception {
        SecureRandom r = new SecureRandom();
        KeyPool pool = new KeyPool();
        Set<BigInteger> primes = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            KeyPair pair = RsaKeys.generate(2048, r, pool);
            assertValid(pair, 2048);
            RSAPrivateCrtKey priv = (RSAPrivateCrtKey) pair.getPrivate();
            assertTrue(primes.add(priv.getPrimeP()) && primes.add(priv.getPrimeQ()), "a prime used twice");
        }
    }

    @Test
    void aKeyTakenLeavesOneHelperSearchingTheNextKeysTwoPrimesAndNoMore() throws Exception {
        SecureRandom r = new SecureRandom();
        KeyPool keys = new KeyPool();
        assertValid(RsaKeys.generate(1024, r, keys), 1024);
        PrimePool pool = keys.primes(512, r);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while ((pool.searching() > 0 || pool.ready() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, pool.searching(), "helpers stop once the next key's primes are found");
        // two, or with more helpers (more than two processors) a prime each that was under way when they stopped
        assertTrue(pool.ready() >= 2 && pool.ready() <= 4, "the next key's two primes: " + pool.ready());
        // the next key takes them
        KeyPair next = RsaKeys.generate(1024, r, keys);
        assertValid(next, 1024);
    }

    private static void assertValid(KeyPair pair, int bits) throws Exception {
        RSAPrivateCrtKey priv = (RSAPrivateCrtKey) pair.getPrivate();
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        BigInteger p = priv.getPrimeP();
        BigInteger q = priv.getPrimeQ();
        assertEquals(bits, priv.getModulus().bitLength());
        assertEquals(E, pub.getPublicExponent());
        assertEquals(priv.getModulus(), p.multiply(q));
        assertEquals(bits / 2, p.bitLength());
        assertEquals(bits / 2, q.bitLength());
        assertTrue(p.isProbablePrime(100) && q.isProbablePrime(100));
        assertTrue(p.subtract(q).abs().bitLength() > bits / 2 - 100, "p and q too close");
        BigInteger lambda = lcm(p.subtract(BigInteger.ONE), q.subtract(BigInteger.ONE));
        assertEquals(BigInteger.ONE, E.multiply(priv.getPrivateExponent()).mod(lambda));
        assertEquals(priv.getPrivateExponent().mod(p.subtract(BigInteger.ONE)), priv.getPrimeExponentP());
        assertEquals(priv.getPrivateExponent().mod(q.subtract(BigInteger.ONE)), priv.getPrimeExponentQ());
        assertEquals(BigInteger.ONE, q.multiply(priv.getCrtCoefficient()).mod(p));
        // the JDK reads both halves back, and a signature verifies
        KeyFactory f = KeyFactory.getInstance("RSA");
        var privBack = f.generatePrivate(new PKCS8EncodedKeySpec(priv.getEncoded()));
        var pubBack = f.generatePublic(new X509EncodedKeySpec(pub.getEncoded()));
        byte[] msg = "helm4j".getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(privBack);
        s.update(msg);
        byte[] sig = s.sign();
        s.initVerify(pubBack);
        s.update(msg);
        assertTrue(s.verify(sig));
    }

    @Test
    void keysDiffer() throws Exception {
        SecureRandom r = new SecureRandom();
        BigInteger a = ((RSAPublicKey) RsaKeys.generate(1024, r).getPublic()).getModulus();
        BigInteger b = ((RSAPublicKey) RsaKeys.generate(1024, r).getPublic()).getModulus();
        assertNotEquals(a, b);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.multiply(b).divide(a.gcd(b));
    }
}
