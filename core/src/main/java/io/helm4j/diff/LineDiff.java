package io.helm4j.diff;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence): each line common, only in the old text, or only in the new one. */
final class LineDiff {
    enum Delta { COMMON, LEFT, RIGHT }

    record Line(Delta delta, String text) {
    }

    private LineDiff() {
    }

    static List<Line> diff(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        int n = a.length - prefix - suffix;
        int m = b.length - prefix - suffix;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[prefix + i].equals(b[prefix + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(Delta.COMMON, a[i]));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i].equals(b[prefix + j])) {
                out.add(new Line(Delta.COMMON, a[prefix + i]));
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Delta.LEFT, a[prefix + i++]));
            } else {
                out.add(new Line(Delta.RIGHT, b[prefix + j++]));
            }
        }
        for (int k = a.length - suffix; k < a.length; k++) {
            out.add(new Line(Delta.COMMON, a[k]));
        }
        return out;
    }

    private static String[] lines(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return t.split("\n", -1);
    }
}
