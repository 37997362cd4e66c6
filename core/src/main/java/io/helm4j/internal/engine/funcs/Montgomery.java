package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Montgomery arithmetic modulo one odd number, for the prime search of RSA key generation.
 * {@link BigInteger#modPow} is fast only where C2 replaces its inner loops with intrinsics; the launcher runs
 * C1 only, where it takes about 9 ms for a 1024-bit exponentiation on the project's machine. Here numbers are
 * little-endian limbs of {@code w} = 28 bits in {@code long[]} (24 bits above 3,000-bit moduli), and each
 * product is computed column by column over the operands and the reduction at once ("product scanning",
 * Montgomery's FIPS variant): a product of two limbs takes 56 bits, so a whole column of up to 2k of them
 * sums in one {@code long} without carry handling, the loop C1 compiles best (about 1.3x faster than 32-bit
 * limbs multiplied row by row, then reduced). Not thread-safe: one instance per thread.
 */
final class Montgomery {
    private final BigInteger modulus;
    private final int w;
    private final long mask;
    private final long[] n;
    private final int k;
    private final long n0;
    private final long[] m;
    private final long[] one;
    private final long[] minusOne;

    Montgomery(BigInteger modulus) {
        if (!modulus.testBit(0) || modulus.signum() <= 0) {
            throw new IllegalArgumentException("modulus must be odd and positive");
        }
        this.modulus = modulus;
        this.w = modulus.bitLength() <= 3000 ? 28 : 24; // a column of 2k products of 2w bits stays under 2^64
        this.mask = (1L << w) - 1;
        this.k = (modulus.bitLength() + w - 1) / w;
        this.n = wLimbs(modulus);
        long inv = 1; // inverse of n[0] mod 2^w by Newton
        for (int i = 0; i < 6; i++) {
            inv *= 2 - n[0] * inv;
        }
        this.n0 = (-inv) & mask;
        this.m = new long[k];
        this.one = toMont(BigInteger.ONE);
        this.minusOne = toMont(modulus.subtract(BigInteger.ONE));
    }

    /** {@code a} (0 <= a < modulus) times R mod modulus. */
    long[] toMont(BigInteger a) {
        return wLimbs(a.shiftLeft(w * k).mod(modulus));
    }

    private long[] wLimbs(BigInteger v) {
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            out[i] = v.shiftRight(w * i).longValue() & mask;
        }
        return out;
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
        if (Arrays.equals(y, one) || Arrays.equals(y, minusOne)) {
            return true;
        }
        long[] z = new long[k];
        for (int r = 1; r < s; r++) {
            square(y, z);
            if (Arrays.equals(z, minusOne)) {
                return true;
            }
            if (Arrays.equals(z, one)) {
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
            int win = (e.testBit(i + 3) ? 8 : 0) | (e.testBit(i + 2) ? 4 : 0) | (e.testBit(i + 1) ? 2 : 0)
                    | (e.testBit(i) ? 1 : 0);
            if (win != 0) {
                multiply(x, table[win], y);
                long[] swap = x;
                x = y;
                y = swap;
            }
        }
        return x;
    }

    /** The number of limbs of this modulus (the length of every operand). */
    int limbCount() {
        return k;
    }

    /**
     * out = a * b / R mod n, column by column: the products a[j]*b[i-j] and m[j]*n[i-j] of column i summed,
     * m[i] chosen so the column's low limb becomes zero, then shifted out. The inner loops take four products a
     * turn (C1 does not unroll: about 12 % less CPU per Miller-Rabin test, bench/README.md).
     */
    void multiply(long[] a, long[] b, long[] out) {
        final long[] n = this.n;
        final long[] m = this.m;
        final int k = this.k;
        final int w = this.w;
        final long mask = this.mask;
        long acc = 0;
        for (int i = 0; i < k; i++) {
            int j = 0;
            int l = i;
            for (; j + 3 < i; j += 4, l -= 4) {
                acc += a[j] * b[l] + m[j] * n[l] + a[j + 1] * b[l - 1] + m[j + 1] * n[l - 1]
                        + a[j + 2] * b[l - 2] + m[j + 2] * n[l - 2] + a[j + 3] * b[l - 3] + m[j + 3] * n[l - 3];
            }
            for (; j < i; j++, l--) {
                acc += a[j] * b[l] + m[j] * n[l];
            }
            acc += a[i] * b[0];
            long mi = ((acc & mask) * n0) & mask;
            m[i] = mi;
            acc = (acc + mi * n[0]) >>> w;
        }
        for (int i = k; i < 2 * k; i++) {
            int j = i - k + 1;
            int l = k - 1;
            for (; j + 3 < k; j += 4, l -= 4) {
                acc += a[j] * b[l] + m[j] * n[l] + a[j + 1] * b[l - 1] + m[j + 1] * n[l - 1]
                        + a[j + 2] * b[l - 2] + m[j + 2] * n[l - 2] + a[j + 3] * b[l - 3] + m[j + 3] * n[l - 3];
            }
            for (; j < k; j++, l--) {
                acc += a[j] * b[l] + m[j] * n[l];
            }
            out[i - k] = acc & mask;
            acc >>>= w;
        }
        finish(out, acc);
    }

    /** out = a * a / R mod n: as {@link #multiply}, each cross product once and doubled. */
    void square(long[] a, long[] out) {
        final long[] n = this.n;
        final long[] m = this.m;
        final int k = this.k;
        final int w = this.w;
        final long mask = this.mask;
        long acc = 0;
        for (int i = 0; i < k; i++) {
            acc += (cross(a, 0, i) << 1) + reduction(m, n, 0, i, i);
            if ((i & 1) == 0) {
                acc += a[i >>> 1] * a[i >>> 1];
            }
            long mi = ((acc & mask) * n0) & mask;
            m[i] = mi;
            acc = (acc + mi * n[0]) >>> w;
        }
        for (int i = k; i < 2 * k; i++) {
            acc += (cross(a, i - k + 1, k - 1) << 1) + reduction(m, n, i - k + 1, k - 1, k);
            if ((i & 1) == 0) {
                acc += a[i >>> 1] * a[i >>> 1];
            }
            out[i - k] = acc & mask;
            acc >>>= w;
        }
        finish(out, acc);
    }

    /** The sum of a[j] * a[l] over j < l, j going up from {@code j} as l goes down from {@code l}. */
    private static long cross(long[] a, int j, int l) {
        long sum = 0;
        for (; j + 6 < l; j += 4, l -= 4) {
            sum += a[j] * a[l] + a[j + 1] * a[l - 1] + a[j + 2] * a[l - 2] + a[j + 3] * a[l - 3];
        }
        for (; j < l; j++, l--) {
            sum += a[j] * a[l];
        }
        return sum;
    }

    /** The sum of m[j] * n[l] for j from {@code j} up to {@code end} (excluded), l going down from {@code l}. */
    private static long reduction(long[] m, long[] n, int j, int l, int end) {
        long sum = 0;
        for (; j + 3 < end; j += 4, l -= 4) {
            sum += m[j] * n[l] + m[j + 1] * n[l - 1] + m[j + 2] * n[l - 2] + m[j + 3] * n[l - 3];
        }
        for (; j < end; j++, l--) {
            sum += m[j] * n[l];
        }
        return sum;
    }

    /** out holds the low k limbs, carry the rest (0 or 1 after the top limb): subtract n once when at least n. */
    private void finish(long[] out, long carry) {
        if (carry != 0 || compare(out, n) >= 0) {
            subtract(out, n);
        }
    }

    /** x = 2x mod n. */
    private void doubleMod(long[] x) {
        long c = 0;
        for (int i = 0; i < k; i++) {
            long v = (x[i] << 1) | c;
            x[i] = v & mask;
            c = v >>> w;
        }
        if (c != 0 || compare(x, n) >= 0) {
            subtract(x, n);
        }
    }

    private void subtract(long[] x, long[] y) {
        long borrow = 0;
        for (int i = 0; i < k; i++) {
            long d = x[i] - y[i] - borrow;
            x[i] = d & mask;
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

    /** Little-endian 32-bit limbs of v (for the prime search's sieve). */
    static int[] limbs(BigInteger v, int k) {
        int[] out = new int[k];
        byte[] b = v.toByteArray();
        for (int i = 0; i < b.length && i < 4 * k; i++) {
            out[i >>> 2] |= (b[b.length - 1 - i] & 0xFF) << (8 * (i & 3));
        }
        return out;
    }
}
