package io.helm4j.yaml;

import java.util.List;

/**
 * go-yaml's map key order (sorter.go) for string keys: letters before non-letters, runs of digits
 * compared by numeric value; v3 differs only after a digit, where a letter comes before a
 * non-letter the other way round ({@code a1b} before {@code a1_}). The relation is not a strict
 * order for every input, so the sort is Go's insertion sort for small maps and a plain merge sort
 * otherwise: never a contract exception. Where v2's relation has cycles (keys such as a01, a10,
 * a1a) Go's own output depends on map iteration order and changes from run to run; any order is
 * then as right as Helm's.
 */
final class GoKeyOrder {
    private GoKeyOrder() {
    }

    /** go-yaml v2's order. */
    static String[] sort(List<String> keys) {
        return sort(keys, false);
    }

    /** go-yaml v2's order, or v3's. */
    static String[] sort(List<String> keys, boolean v3) {
        int n = keys.size();
        String[] k = keys.toArray(new String[0]);
        int[][] cps = new int[n][];
        for (int i = 0; i < n; i++) {
            cps[i] = k[i].codePoints().toArray();
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (n <= 12) {
            for (int i = 1; i < n; i++) {
                for (int j = i; j > 0 && less(cps[idx[j]], cps[idx[j - 1]], v3); j--) {
                    Integer t = idx[j];
                    idx[j] = idx[j - 1];
                    idx[j - 1] = t;
                }
            }
        } else {
            mergeSort(idx, new Integer[n], 0, n, cps, v3);
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = k[idx[i]];
        }
        return out;
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int from, int to, int[][] cps, boolean v3) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, cps, v3);
        mergeSort(a, tmp, mid, to, cps, v3);
        int i = from;
        int j = mid;
        int o = from;
        while (i < mid && j < to) {
            tmp[o++] = less(cps[a[j]], cps[a[i]], v3) ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[o++] = a[i++];
        }
        while (j < to) {
            tmp[o++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }

    /** keyList.Less for two strings given as code points. */
    static boolean less(int[] ar, int[] br, boolean v3) {
        boolean afterDigit = false;
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                afterDigit = Character.isDigit(ar[i]);
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return v3 && afterDigit ? al : bl;
            }
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
                an = an * 10 + (ar[ai] - '0');
            }
            int bi = i;
            for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
                bn = bn * 10 + (br[bi] - '0');
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }
}
