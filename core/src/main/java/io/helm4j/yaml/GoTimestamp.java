package io.helm4j.yaml;

/**
 * go-yaml v2's timestamp check: Go's time.Parse against "2006-1-2T15:4:5.999999999Z07:00" (also
 * with a lower-case t), "2006-1-2 15:4:5.999999999" and "2006-1-2". Used to quote strings that
 * would otherwise read back as timestamps; values keep the text either way.
 */
final class GoTimestamp {
    private GoTimestamp() {
    }

    static boolean isTimestamp(String s) {
        int n = s.length();
        if (n < 8 || !allDigits(s, 0, 4) || s.charAt(4) != '-') {
            return false;
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        int[] pos = {5};
        int month = num(s, pos, 1, 12);
        if (month < 0 || !expect(s, pos, '-')) {
            return false;
        }
        int day = num(s, pos, 1, 31);
        if (day < 0 || day > daysIn(month, year)) {
            return false;
        }
        if (pos[0] == n) {
            return true;
        }
        char sep = s.charAt(pos[0]);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return false;
        }
        pos[0]++;
        if (num(s, pos, 0, 23) < 0 || !expect(s, pos, ':') || num(s, pos, 0, 59) < 0 || !expect(s, pos, ':')
                || num(s, pos, 0, 59) < 0) {
            return false;
        }
        int i = pos[0];
        if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == ',') && GoScalars.isDigit(s.charAt(i + 1))) {
            i++;
            while (i < n && GoScalars.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (sep == ' ') {
            return i == n;
        }
        if (i < n && s.charAt(i) == 'Z') {
            return i + 1 == n;
        }
        if (n - i != 6 || (s.charAt(i) != '+' && s.charAt(i) != '-') || s.charAt(i + 3) != ':') {
            return false;
        }
        return allDigits(s, i + 1, i + 3) && allDigits(s, i + 4, i + 6);
    }

    private static boolean expect(String s, int[] pos, char c) {
        if (pos[0] < s.length() && s.charAt(pos[0]) == c) {
            pos[0]++;
            return true;
        }
        return false;
    }

    /** Go's getnum(value, false): one or two digits, within [min, max]; -1 when not. */
    private static int num(String s, int[] pos, int min, int max) {
        int i = pos[0];
        if (i >= s.length() || !GoScalars.isDigit(s.charAt(i))) {
            return -1;
        }
        int v = s.charAt(i) - '0';
        i++;
        if (i < s.length() && GoScalars.isDigit(s.charAt(i))) {
            v = v * 10 + s.charAt(i) - '0';
            i++;
        }
        pos[0] = i;
        return v < min || v > max ? -1 : v;
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!GoScalars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
