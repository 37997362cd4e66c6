package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;

/**
 * Montgomery arithmetic modulo one odd number, on little-endian 32-bit limbs in {@code int[]}, for the
 * prime search of RSA key generation. {@link BigInteger#modPow} is fast only where C2 replaces its inner
 * loops with intrinsics; the launcher runs C1 only, where it takes about 14 ms for a 1024-bit
 * exponentiation. These plain loops (product, then reduction; squaring computes each cross product
 * once) compile well under C1. Not thread-safe: one instance per thread.
 */
final class Montgomery {
    private static final long M = 0xFFFFFFFFL;

    private final BigInteger modulus;
    private final int[] n;
    private final int k;
    private final int n0;
    private final int[] t;
    private final int[] one;
    private final int[] minusOne;

    Montgomery(BigInteger modulus) {
        if (!modulus.testBit(0) || modulus.signum() <= 0) {
            throw new IllegalArgumentException("modulus must be odd and positive");
        }
        this.modulus = modulus;
        this.k = (modulus.bitLength() + 31) >>> 5;
        this.n = limbs(modulus, k);
        this.n0 = -inverse32(n[0]);
        this.t = new int[2 * k + 1];
        this.one = toMont(BigInteger.ONE);
        this.minusOne = toMont(modulus.subtract(BigInteger.ONE));
    }

    /** {@code a} (0 <= a < modulus) times R mod modulus. */
    int[] toMont(BigInteger a) {
        return limbs(a.shiftLeft(32 * k).mod(modulus), k);
    }

    /** Miller-Rabin with base {@code a} (1 < a < n-1): false when {@code a} proves the modulus composite. */
    boolean millerRabin(BigInteger a) {
        BigInteger nm1 = modulus.subtract(BigInteger.ONE);
        int s = nm1.getLowestSetBit();
        int[] y = pow(toMont(a), nm1.shiftRight(s));
        return strongCheck(y, s);
    }

    /** Miller-Rabin with base 2, where each multiplication by the base is a doubling. */
    boolean millerRabinBase2() {
        BigInteger nm1 = modulus.subtract(BigInteger.ONE);
        int s = nm1.getLowestSetBit();
        BigInteger d = nm1.shiftRight(s);
        int[] x = one.clone();
        int[] y = new int[k];
        for (int i = d.bitLength() - 1; i >= 0; i--) {
            square(x, y);
            if (d.testBit(i)) {
                doubleMod(y);
            }
            int[] swap = x;
            x = y;
            y = swap;
        }
        return strongCheck(x, s);
    }

    private boolean strongCheck(int[] y, int s) {
        if (java.util.Arrays.equals(y, one) || java.util.Arrays.equals(y, minusOne)) {
            return true;
        }
        int[] z = new int[k];
        for (int r = 1; r < s; r++) {
            square(y, z);
            if (java.util.Arrays.equals(z, minusOne)) {
                return true;
            }
            if (java.util.Arrays.equals(z, one)) {
                return false;
            }
            int[] swap = y;
            y = z;
            z = swap;
        }
        return false;
    }

    /** base^e, base in Montgomery form; 4-bit fixed windows. */
    int[] pow(int[] base, BigInteger e) {
        int[][] table = new int[16][];
        table[0] = one.clone();
        table[1] = base.clone();
        for (int i = 2; i < 16; i++) {
            table[i] = new int[k];
            multiply(table[i - 1], base, table[i]);
        }
        int[] x = one.clone();
        int[] y = new int[k];
        int top = (e.bitLength() + 3) & ~3;
        for (int i = top - 4; i >= 0; i -= 4) {
            for (int j = 0; j < 4; j++) {
                square(x, y);
                int[] swap = x;
                x = y;
                y = swap;
            }
            int w = (e.testBit(i + 3) ? 8 : 0) | (e.testBit(i + 2) ? 4 : 0) | (e.testBit(i + 1) ? 2 : 0) | (e.testBit(i) ? 1 : 0);
            if (w != 0) {
                multiply(x, table[w], y);
                int[] swap = x;
                x = y;
                y = swap;
            }
        }
        return x;
    }

    /** out = a * b / R mod n. */
    void multiply(int[] a, int[] b, int[] out) {
        java.util.Arrays.fill(t, 0);
        for (int i = 0; i < k; i++) {
            long ai = a[i] & M;
            long carry = 0;
            for (int j = 0; j < k; j++) {
                long x = ai * (b[j] & M) + (t[i + j] & M) + carry;
                t[i + j] = (int) x;
                carry = x >>> 32;
            }
            t[i + k] = (int) carry;
        }
        reduce(out);
    }

    /** out = a * a / R mod n: each cross product once, doubled, then the squares. */
    void square(int[] a, int[] out) {
        java.util.Arrays.fill(t, 0);
        for (int i = 0; i < k - 1; i++) {
            long ai = a[i] & M;
            long carry = 0;
            for (int j = i + 1; j < k; j++) {
                long x = ai * (a[j] & M) + (t[i + j] & M) + carry;
                t[i + j] = (int) x;
                carry = x >>> 32;
            }
            t[i + k] = (int) carry;
        }
        int high = 0;
        for (int i = 0; i < 2 * k; i++) {
            int v = t[i];
            t[i] = (v << 1) | high;
            high = v >>> 31;
        }
        long carry = 0;
        for (int i = 0; i < k; i++) {
            long x = (a[i] & M) * (a[i] & M);
            long lo = (t[2 * i] & M) + (x & M) + carry;
            t[2 * i] = (int) lo;
            long hi = (t[2 * i + 1] & M) + (x >>> 32) + (lo >>> 32);
            t[2 * i + 1] = (int) hi;
            carry = hi >>> 32;
        }
        reduce(out);
    }

    /** Montgomery reduction of the 2k-limb product in t into out (k limbs, fully reduced). */
    private void reduce(int[] out) {
        t[2 * k] = 0;
        for (int i = 0; i < k; i++) {
            long m = (t[i] * n0) & M;
            long carry = 0;
            for (int j = 0; j < k; j++) {
                long x = m * (n[j] & M) + (t[i + j] & M) + carry;
                t[i + j] = (int) x;
                carry = x >>> 32;
            }
            for (int p = i + k; carry != 0; p++) {
                long x = (t[p] & M) + carry;
                t[p] = (int) x;
                carry = x >>> 32;
            }
        }
        System.arraycopy(t, k, out, 0, k);
        if (t[2 * k] != 0 || compare(out, n) >= 0) {
            subtract(out, n);
        }
    }

    /** x = 2x mod n. */
    private void doubleMod(int[] x) {
        int high = 0;
        for (int i = 0; i < k; i++) {
            int v = x[i];
            x[i] = (v << 1) | high;
            high = v >>> 31;
        }
        if (high != 0 || compare(x, n) >= 0) {
            subtract(x, n);
        }
    }

    private void subtract(int[] x, int[] y) {
        long borrow = 0;
        for (int i = 0; i < k; i++) {
            long d = (x[i] & M) - (y[i] & M) - borrow;
            x[i] = (int) d;
            borrow = (d >>> 63);
        }
    }

    private int compare(int[] x, int[] y) {
        for (int i = k - 1; i >= 0; i--) {
            if (x[i] != y[i]) {
                return Integer.compareUnsigned(x[i], y[i]);
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

    static int[] limbs(BigInteger v, int k) {
        int[] out = new int[k];
        byte[] b = v.toByteArray();
        for (int i = 0; i < b.length && i < 4 * k; i++) {
            out[i >>> 2] |= (b[b.length - 1 - i] & 0xFF) << (8 * (i & 3));
        }
        return out;
    }
}
