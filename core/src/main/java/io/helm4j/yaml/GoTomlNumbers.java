package io.helm4j.yaml;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** TOML integers and floats as BurntSushi/toml reads them: int64 (Long) and float64 (Double), with its errors. */
final class GoTomlNumbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9_]+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?[0-9_]+(\\.[0-9_]*)?([eE][+-]?[0-9_]*)?");
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private GoTomlNumbers() {
    }

    static Object parse(String tok, GoTomlScalars at) {
        boolean signed = tok.startsWith("+") || tok.startsWith("-");
        String body = signed ? tok.substring(1) : tok;
        switch (body) {
            case "inf" -> {
                return tok.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        if (body.startsWith("0x") || body.startsWith("0o") || body.startsWith("0b")) {
            if (signed) {
                throw at.error("cannot use sign with non-decimal numbers: '" + tok.substring(0, 3) + "'");
            }
            int radix = body.charAt(1) == 'x' ? 16 : body.charAt(1) == 'o' ? 8 : 2;
            String digits = body.substring(2);
            if (!underscoresOk(digits, radix) || digits.isEmpty()) {
                throw at.error("Invalid integer " + GoSyntax.quote(tok) + ": underscores must be surrounded by digits");
            }
            BigInteger v;
            try {
                v = new BigInteger(digits.replace("_", ""), radix);
            } catch (NumberFormatException e) {
                throw at.error("expected value but found " + GoSyntax.quote(tok) + " instead");
            }
            if (v.compareTo(INT64_MAX) > 0) {
                throw at.error(tok + " is out of range for int64");
            }
            return v.longValue();
        }
        if (DECIMAL.matcher(tok).matches()) {
            if (!underscoresOk(body, 10)) {
                throw at.error("Invalid integer " + GoSyntax.quote(tok) + ": underscores must be surrounded by digits");
            }
            if (body.length() > 1 && body.charAt(0) == '0') {
                throw at.error("Invalid integer " + GoSyntax.quote(tok) + ": cannot have leading zeroes");
            }
            try {
                return Long.parseLong(tok.replace("_", "").replace("+", ""));
            } catch (NumberFormatException e) {
                throw at.error(tok + " is out of range for int64");
            }
        }
        if (FLOAT.matcher(tok).matches()) {
            if (!underscoresOk(body, 10)) {
                throw at.error("Invalid float " + GoSyntax.quote(tok) + ": underscores must be surrounded by digits");
            }
            if (body.length() > 1 && body.charAt(0) == '0' && Character.isDigit(body.charAt(1))) {
                throw at.error("Invalid float " + GoSyntax.quote(tok) + ": cannot have leading zeroes");
            }
            int dot = tok.indexOf('.');
            if (dot >= 0 && (dot == tok.length() - 1 || !Character.isDigit(tok.charAt(dot + 1)))) {
                throw at.error("Invalid float " + GoSyntax.quote(tok) + ": '.' must be followed by one or more digits");
            }
            if (!Character.isDigit(tok.charAt(tok.length() - 1))) {
                throw at.error("Invalid float value: " + GoSyntax.quote(tok));
            }
            return Double.parseDouble(tok.replace("_", ""));
        }
        throw at.error("expected value but found " + GoSyntax.quote(tok) + " instead");
    }

    /** Every underscore stands between two digits of the radix. */
    private static boolean underscoresOk(String s, int radix) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '_' && (i == 0 || i == s.length() - 1 || Character.digit(s.charAt(i - 1), radix) < 0
                    || Character.digit(s.charAt(i + 1), radix) < 0)) {
                return false;
            }
        }
        return true;
    }
}
