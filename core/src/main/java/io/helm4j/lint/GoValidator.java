package io.helm4j.lint;

import java.util.regex.Pattern;

/**
 * The checks Helm borrows from asaskevich/govalidator: {@code IsEmail}, {@code IsURL} and
 * {@code IsRequestURL}, close enough for chart metadata (ASCII hosts, no IDN subtleties).
 */
final class GoValidator {
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)*"
                    + "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$");
    private static final Pattern URL = Pattern.compile(
            "^((ftp|tcp|udp|wss?|https?)://)?(\\S+(:\\S*)?@)?"
                    + "(\\[[0-9a-fA-F:.]+]|([A-Za-z0-9\\u00a1-\\uffff]([A-Za-z0-9\\u00a1-\\uffff_-]*"
                    + "[A-Za-z0-9\\u00a1-\\uffff])?\\.?)+)"
                    + "(:\\d{1,5})?([/?#]\\S*)?$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private GoValidator() {
    }

    static boolean isEmail(String s) {
        return EMAIL.matcher(s).matches();
    }

    static boolean isUrl(String s) {
        if (s.isEmpty() || s.length() <= 3 || s.length() >= 2083 || s.startsWith(".")) {
            return false;
        }
        return URL.matcher(s).matches();
    }

    /** Go's {@code url.ParseRequestURI} succeeds and the URL has a scheme. */
    static boolean isRequestUrl(String s) {
        if (!SCHEME.matcher(s).matches()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
