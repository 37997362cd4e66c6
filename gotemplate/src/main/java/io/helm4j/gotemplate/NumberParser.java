package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import java.math.BigInteger;

/** Go's rules for numeric constants in templates ({@code parse.NumberNode}, {@code state.idealConstant}). */
final class NumberParser {
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private NumberParser() {
    }

    /** Thrown with Go's message when the text is not a number. */
    static final class NumberError extends Exception {
        NumberError(String message) {
            super(message, null, false, false);
        }
    }

    static Node.NumberNode charConstant(int pos, String text) throws NumberError {
        int[] idx = {1};
        int c;
        try {
            c = Strconv.unquoteChar(text, idx, '\'');
        } catch (Strconv.SyntaxError e) {
            throw new NumberError("invalid syntax");
        }
        if (!text.substring(idx[0]).equals("'")) {
            throw new NumberError("malformed character constant: " + text);
        }
        return new Node.NumberNode(pos, text, (int) c, null, true, c, true, c);
    }

    static Node.NumberNode number(int pos, String text) throws NumberError {
        if (text.endsWith("i")) {
            throw new NumberError("complex constants are not supported: " + Strconv.quote(text));
        }
        BigInteger big = parseInteger(text);
        boolean isInt = false;
        boolean isUint = false;
        long intValue = 0;
        boolean isFloat = false;
        double floatValue = 0;
        if (big != null) {
            if (big.bitLength() < 64) {
                isInt = true;
                intValue = big.longValue();
                isFloat = true;
                floatValue = intValue;
            } else if (big.signum() > 0 && big.compareTo(MAX_UINT64) <= 0) {
                isUint = true;
                isFloat = true;
                floatValue = big.doubleValue();
            }
        }
        if (!isInt && !isUint) {
            Double f = parseFloat(text);
            if (f != null) {
                if (!containsAny(text, ".eEpP")) {
                    throw new NumberError("integer overflow: " + Strconv.quote(text));
                }
                isFloat = true;
                floatValue = f;
                if (f == (double) (long) f.doubleValue() && !Double.isInfinite(f)
                        && Math.abs(f) < 9.223372036854775807E18) {
                    isInt = true;
                    intValue = (long) f.doubleValue();
                }
            }
        }
        if (!isInt && !isUint && !isFloat) {
            throw new NumberError("illegal number syntax: " + Strconv.quote(text));
        }
        Object value;
        String error = null;
        boolean hexInt = text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')
                && !containsAny(text, "pP");
        if (isFloat && !hexInt && containsAny(text, ".eEpP")) {
            value = floatValue;
        } else if (isInt) {
            // an ideal integer constant is Go's int (64 bits), whatever its size
            value = GoInteger.ofInt(intValue);
        } else {
            value = null;
            error = text + " overflows int";
        }
        return new Node.NumberNode(pos, text, value, error, isInt, intValue, isFloat, floatValue);
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code strconv.ParseInt(s, 0, 64)} widened: the integer or null when not an integer literal. */
    static BigInteger parseInteger(String s) {
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        boolean prefix = false;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            if (p == 'x') {
                radix = 16;
                prefix = true;
            } else if (p == 'o') {
                radix = 8;
                prefix = true;
            } else if (p == 'b') {
                radix = 2;
                prefix = true;
            } else {
                radix = 8;
                i++;
            }
            if (prefix) {
                i += 2;
            }
        }
        String digits = s.substring(i);
        if (!underscoreOk(s)) {
            return null;
        }
        digits = digits.replace("_", "");
        if (digits.isEmpty()) {
            // "0" parsed as octal prefix with no digits is zero; "0x" alone is invalid
            return !prefix && radix == 8 ? BigInteger.ZERO : null;
        }
        for (int j = 0; j < digits.length(); j++) {
            if (Character.digit(digits.charAt(j), radix) < 0) {
                return null;
            }
        }
        BigInteger v = new BigInteger(digits, radix);
        return neg ? v.negate() : v;
    }

    /** {@code strconv.ParseFloat(s, 64)} for template literals, or null. */
    static Double parseFloat(String s) {
        if (!underscoreOk(s)) {
            return null;
        }
        String t = s.replace("_", "");
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        if (body.isEmpty()) {
            return null;
        }
        boolean hex = body.length() > 1 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        if (hex) {
            if (!containsAny(body, "pP")) {
                return null;
            }
        } else {
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (!(c >= '0' && c <= '9') && "eE+-.".indexOf(c) < 0) {
                    return null;
                }
            }
            if (body.startsWith("0b") || body.startsWith("0o")) {
                return null;
            }
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isInfinite(d)) {
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Go's {@code underscoreOK}: underscores only between digits or after a base prefix. */
    private static boolean underscoreOk(String s) {
        if (s.indexOf('_') < 0) {
            return true;
        }
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0' && "bBoOxX".indexOf(s.charAt(1)) >= 0) {
            i = 2;
            saw = '0';
            hex = Character.toLowerCase(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0)) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
