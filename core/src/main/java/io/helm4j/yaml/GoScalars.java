package io.helm4j.yaml;

import java.math.BigInteger;

/**
 * go-yaml v2's plain-scalar resolution (resolve.go): YAML 1.1 booleans and nulls, Go integer
 * syntax (0x, 0o, legacy octal, 0b, underscores), floats, and the timestamp and base-60 checks the
 * encoder uses to decide when a string must be quoted. No regular expressions: this runs for every
 * scalar of every values file.
 */
final class GoScalars {
    /** The value of a plain {@code <<} key: a merge. */
    static final Object MERGE = new Object() {
        @Override
        public String toString() {
            return "<<";
        }
    };

    static final String STR = "tag:yaml.org,2002:str";
    static final String INT = "tag:yaml.org,2002:int";
    static final String FLOAT = "tag:yaml.org,2002:float";
    static final String BOOL = "tag:yaml.org,2002:bool";
    static final String NULL = "tag:yaml.org,2002:null";
    static final String TIMESTAMP = "tag:yaml.org,2002:timestamp";
    static final String BINARY = "tag:yaml.org,2002:binary";
    static final String MERGE_TAG = "tag:yaml.org,2002:merge";

    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GoScalars() {
    }

    /** A resolved scalar: its tag and value (null, Boolean, Long, BigInteger, Double, String or MERGE). */
    record Resolved(String tag, Object value) {
    }

    private static final Resolved NULL_R = new Resolved(NULL, null);
    private static final Resolved TRUE_R = new Resolved(BOOL, Boolean.TRUE);
    private static final Resolved FALSE_R = new Resolved(BOOL, Boolean.FALSE);

    /** resolve("", in): what an untagged plain scalar means. */
    static Resolved resolvePlain(String in) {
        if (in.isEmpty()) {
            return NULL_R;
        }
        char c = in.charAt(0);
        switch (c) {
            case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O', '~' -> {
                Resolved r = lookup(in);
                return r != null ? r : new Resolved(STR, in);
            }
            case '.' -> {
                Resolved r = lookup(in);
                if (r != null) {
                    return r;
                }
                Double d = parseDecimalFloat(in);
                return d != null ? new Resolved(FLOAT, d) : new Resolved(STR, in);
            }
            case '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                Resolved r = lookup(in);
                if (r != null) {
                    return r;
                }
                return numeric(in, true);
            }
            case '<' -> {
                return in.equals("<<") ? new Resolved(MERGE_TAG, MERGE) : new Resolved(STR, in);
            }
            default -> {
                return new Resolved(STR, in);
            }
        }
    }

    /** Whether the encoder may write s unquoted: it resolves to a string and is no base-60 float. */
    static boolean isPlainString(String s) {
        String tag = resolvePlain(s).tag();
        return (tag == STR || tag == MERGE_TAG) && !isBase60Float(s);
    }

    private static Resolved lookup(String in) {
        switch (in) {
            case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> {
                return TRUE_R;
            }
            case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" -> {
                return FALSE_R;
            }
            case "~", "null", "Null", "NULL" -> {
                return NULL_R;
            }
            case ".nan", ".NaN", ".NAN" -> {
                return new Resolved(FLOAT, Double.NaN);
            }
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> {
                return new Resolved(FLOAT, Double.POSITIVE_INFINITY);
            }
            case "-.inf", "-.Inf", "-.INF" -> {
                return new Resolved(FLOAT, Double.NEGATIVE_INFINITY);
            }
            default -> {
                return null;
            }
        }
    }

    private static Resolved numeric(String in, boolean timestamps) {
        if (timestamps && GoTimestamp.isTimestamp(in)) {
            return new Resolved(TIMESTAMP, in);
        }
        String plain = in.indexOf('_') < 0 ? in : in.replace("_", "");
        BigInteger big = parseGoInt(plain);
        if (big != null) {
            if (big.bitLength() < 64) {
                return new Resolved(INT, big.longValue());
            }
            if (big.signum() > 0 && big.compareTo(UINT64_MAX) <= 0) {
                return new Resolved(INT, big);
            }
        }
        if (isYamlStyleFloat(plain)) {
            Double d = parseDecimalFloat(plain);
            if (d != null) {
                return new Resolved(FLOAT, d);
            }
        }
        if (plain.startsWith("-0b")) {
            BigInteger b = digits(plain, 3, 2);
            if (b != null && b.bitLength() < 64) {
                return new Resolved(INT, b.negate().longValue());
            }
        } else if (plain.startsWith("0b")) {
            BigInteger b = digits(plain, 2, 2);
            if (b != null && b.compareTo(UINT64_MAX) <= 0) {
                return new Resolved(INT, b.bitLength() < 64 ? (Object) b.longValue() : b);
            }
        }
        if (big != null && big.signum() > 0 && in.charAt(0) != '+') {
            return new Resolved(INT, big); // beyond 64 bits: go-yaml's big.Int
        }
        return new Resolved(STR, in);
    }

    /**
     * Go's strconv.ParseInt(s, 0, 64) syntax without the range check: optional sign, then 0x/0o/0b
     * prefixes, legacy octal after a leading 0, or decimal. Returns null on a syntax error.
     */
    static BigInteger parseGoInt(String s) {
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (i >= s.length()) {
            return null;
        }
        int radix = 10;
        if (s.charAt(i) == '0' && i + 1 < s.length()) {
            char p = Character.toLowerCase(s.charAt(i + 1));
            if (p == 'x') {
                radix = 16;
                i += 2;
            } else if (p == 'o') {
                radix = 8;
                i += 2;
            } else if (p == 'b') {
                radix = 2;
                i += 2;
            } else {
                radix = 8;
                i += 1;
            }
        }
        BigInteger v = digits(s, i, radix);
        if (v == null) {
            return null;
        }
        return neg ? v.negate() : v;
    }

    private static BigInteger digits(String s, int from, int radix) {
        if (from >= s.length()) {
            return null;
        }
        for (int k = from; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), radix) < 0 || s.charAt(k) > 'z') {
                return null;
            }
        }
        return new BigInteger(s.substring(from), radix);
    }

    /** {@code ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$}. */
    static boolean isYamlStyleFloat(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int d = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == d) {
                return false;
            }
        } else {
            int d = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == d) {
                return false;
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int d = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == d) {
                return false;
            }
        }
        return i == n;
    }

    /** strconv.ParseFloat for the decimal forms above; null when malformed or out of range. */
    private static Double parseDecimalFloat(String s) {
        if (!isYamlStyleFloat(s)) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isInfinite(d) ? null : d;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$}. */
    static boolean isBase60Float(String s) {
        if (s.isEmpty() || s.indexOf(':') < 0) {
            return false;
        }
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        if (i >= n || !isDigit(s.charAt(i))) {
            return false;
        }
        i++;
        while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        int groups = 0;
        while (i < n && s.charAt(i) == ':') {
            i++;
            int d = i;
            while (i < n && isDigit(s.charAt(i)) && i - d < 2) {
                i++;
            }
            int len = i - d;
            if (len == 0) {
                return false;
            }
            if (len == 2 && s.charAt(d) > '5') {
                // [0-5]?[0-9]: a two-digit group must start with 0-5; otherwise only its first digit counts
                i = d + 1;
            }
            groups++;
        }
        if (groups == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
        }
        return i == n;
    }

    /**
     * resolve(tag, in) for an explicitly tagged scalar. Returns the value, or throws the decode
     * error go-yaml reports for a value that does not fit the tag.
     */
    static Object resolveTagged(String tag, String in) {
        switch (tag) {
            case STR, TIMESTAMP -> {
                return in;
            }
            case BINARY -> {
                try {
                    return new String(java.util.Base64.getMimeDecoder().decode(in),
                            java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new YamlException("yaml: !!binary value contains invalid base64 data", -1);
                }
            }
            case INT, FLOAT, BOOL, NULL -> {
                Resolved r = resolvePlain(in);
                String rtag = r.tag() == TIMESTAMP ? STR : r.tag();
                if (rtag.equals(tag)) {
                    return r.value();
                }
                if (tag.equals(FLOAT) && rtag.equals(INT)) {
                    Object v = r.value();
                    return v instanceof Long l ? (Object) l.doubleValue() : ((BigInteger) v).doubleValue();
                }
                throw new YamlException("yaml: cannot decode " + shortTag(r.tag()) + " `" + in + "` as a "
                        + shortTag(tag), -1);
            }
            default -> {
                return in; // unknown tags: go-yaml keeps the text
            }
        }
    }

    static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
    }
}
