package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;

/**
 * Montgomery arithmetic modulo one odd number, on little-endian 32-bit limbs held in {@code long[]}
 * (no masking on loads), for the
 * prime search of RSA key generation. {@link BigInteger#modPow} is fast only where C2 replaces its inner
 * loops with intrinsics; the launcher runs C1 only, where it takes about 14 ms for a 1024-bit
 * exponentiation. These plain loops (product, then reduction; squaring computes each cross product
 * once) compile well under C1. Not thread-safe: one instance per thread.
 */
final class Montgomery {
    private static final long M = 0xFFFFFFFFL;

    private final BigInteger modulus;
    private final long[] n;
    private final int k;
    private final long n0;
    private final long[] t;
    private final long[] one;
    private final long[] minusOne;

    Montgomery(BigInteger modulus) {
        if (!modulus.testBit(0) || modulus.signum() <= 0) {
            throw new IllegalArgumentException("modulus must be odd and positive");
        }
        this.modulus = modulus;
        this.k = (modulus.bitLength() + 31) >>> 5;
        this.n = longLimbs(modulus, k);
        this.n0 = (-inverse32((int) n[0])) & M;
        this.t = new long[2 * k + 1];
        this.one = toMont(BigInteger.ONE);
        this.minusOne = toMont(modulus.subtract(BigInteger.ONE));
    }

    /** {@code a} (0 <= a < modulus) times R mod modulus. */
    long[] toMont(BigInteger a) {
        return longLimbs(a.shiftLeft(32 * k).mod(modulus), k);
    }

    /** Miller-Rabin with base {@code a} (1 < a < n-1): false when {@code a} proves the modulus composite. */
    boolean millerRabin(BigInteger a) {
        BigInteger nm1 = modulus.subtract(BigInteger.ONE);
        int s = nm1.getLowestSetBit();
        long[] y = pow(toMont(a), nm1.shiftRight(s));
        return strongCheck(y, s);
    }

    /** Miller-Rabin with base 2, where each multiplication by the base is a doubling. */
    boolean millerRabinBase2() {
        BigInteger nm1 = modulus.subtract(BigInteger.ONE);
        int s = nm1.getLowestSetBit();
        BigInteger d = nm1.shiftRight(s);
        long[] x = one.clone();
        long[] y = new long[k];
        for (int i = d.bitLength() - 1; i >= 0; i--) {
            square(x, y);
            if (d.testBit(i)) {
                doubleMod(y);
            }
            long[] swap = x;
            x = y;
            y = swap;
        }
        return strongCheck(x, s);
    }

    private boolean strongCheck(long[] y, int s) {
        if (java.util.Arrays.equals(y, one) || java.util.Arrays.equals(y, minusOne)) {
            return true;
        }
        long[] z = new long[k];
        for (int r = 1; r < s; r++) {
            square(y, z);
            if (java.util.Arrays.equals(z, minusOne)) {
                return true;
            }
            if (java.util.Arrays.equals(z, one)) {
                return false;
            }
            long[] swap = y;
            y = z;
            z = swap;
        }
        return false;
    }

    /** base^e, base in Montgomery form; 4-bit fixed windows. */
    long[] pow(long[] base, BigInteger e) {
        long[][] table = new long[16][];
        table[0] = one.clone();
        table[1] = base.clone();
        for (int i = 2; i < 16; i++) {
            table[i] = new long[k];
            multiply(table[i - 1], base, table[i]);
        }
        long[] x = one.clone();
        long[] y = new long[k];
        int top = (e.bitLength() + 3) & ~3;
        for (int i = top - 4; i >= 0; i -= 4) {
            for (int j = 0; j < 4; j++) {
                square(x, y);
                long[] swap = x;
                x = y;
                y = swap;
            }
            int w = (e.testBit(i + 3) ? 8 : 0) | (e.testBit(i + 2) ? 4 : 0) | (e.testBit(i + 1) ? 2 : 0) | (e.testBit(i) ? 1 : 0);
            if (w != 0) {
                multiply(x, table[w], y);
                long[] swap = x;
                x = y;
                y = swap;
            }
        }
        return x;
    }

    /** out = a * b / R mod n. */
    void multiply(long[] a, long[] b, long[] out) {
        long[] t = this.t;
        java.util.Arrays.fill(t, 0);
        for (int i = 0; i < k; i++) {
            long ai = a[i];
            long carry = 0;
            for (int j = 0; j < k; j++) {
                long x = ai * b[j] + t[i + j] + carry;
                t[i + j] = x & M;
                carry = x >>> 32;
            }
            t[i + k] = carry;
        }
        reduce(out);
    }

    /** out = a * a / R mod n: each cross product once, doubled, then the squares. */
    void square(long[] a, long[] out) {
        long[] t = this.t;
        java.util.Arrays.fill(t, 0);
        for (int i = 0; i < k - 1; i++) {
            long ai = a[i];
            long carry = 0;
            for (int j = i + 1; j < k; j++) {
                long x = ai * a[j] + t[i + j] + carry;
                t[i + j] = x & M;
                carry = x >>> 32;
            }
            t[i + k] = carry;
        }
        long high = 0;
        for (int i = 0; i < 2 * k; i++) {
            long v = t[i];
            t[i] = ((v << 1) & M) | high;
            high = v >>> 31;
        }
        long carry = 0;
        for (int i = 0; i < k; i++) {
            long x = a[i] * a[i];
            long lo = t[2 * i] + (x & M) + carry;
            t[2 * i] = lo & M;
            long hi = t[2 * i + 1] + (x >>> 32) + (lo >>> 32);
            t[2 * i + 1] = hi & M;
            carry = hi >>> 32;
        }
        reduce(out);
    }

    /** Montgomery reduction of the 2k-limb product in t into out (k limbs, fully reduced). */
    private void reduce(long[] out) {
        long[] t = this.t;
        long[] n = this.n;
        t[2 * k] = 0;
        for (int i = 0; i < k; i++) {
            long m = (t[i] * n0) & M;
            long carry = 0;
            for (int j = 0; j < k; j++) {
                long x = m * n[j] + t[i + j] + carry;
                t[i + j] = x & M;
                carry = x >>> 32;
            }
            for (int p = i + k; carry != 0; p++) {
                long x = t[p] + carry;
                t[p] = x & M;
                carry = x >>> 32;
            }
        }
        System.arraycopy(t, k, out, 0, k);
        if (t[2 * k] != 0 || compare(out, n) >= 0) {
            subtract(out, n);
        }
    }

    /** x = 2x mod n. */
    private void doubleMod(long[] x) {
        long high = 0;
        for (int i = 0; i < k; i++) {
            long v = x[i];
            x[i] = ((v << 1) & M) | high;
            high = v >>> 31;
        }
        if (high != 0 || compare(x, n) >= 0) {
            subtract(x, n);
        }
    }

    private void subtract(long[] x, long[] y) {
        long borrow = 0;
        for (int i = 0; i < k; i++) {
            long d = x[i] - y[i] - borrow;
            x[i] = d & M;
            borrow = d >>> 63;
        }
    }

    private int compare(long[] x, long[] y) {
        for (int i = k - 1; i >= 0; i--) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    /** The inverse of an odd number modulo 2^32 (Newton's iteration). */
    private static int inverse32(int a) {
        int x = a;
        for (int i = 0; i < 5; i++) {
            x *= 2 - a * x;
        }
        return x;
    }

    private static long[] longLimbs(BigInteger v, int k) {
        int[] l = limbs(v, k);
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            out[i] = l[i] & M;
        }
        return out;
    }

    static int[] limbs(BigInteger v, int k) {
        int[] out = new int[k];
        byte[] b = v.toByteArray();
        for (int i = 0; i < b.length && i < 4 * k; i++) {
            out[i >>> 2] |= (b[b.length - 1 - i] & 0xFF) << (8 * (i & 3));
        }
        return out;
    }
}
