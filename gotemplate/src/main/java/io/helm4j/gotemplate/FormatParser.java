package io.helm4j.gotemplate;

/**
 * Go's {@code Sprintf} directive loop: flags, explicit argument indexes {@code %[n]}, width and
 * precision (literal or {@code *}), the verb, and the error forms for bad or missing parts.
 */
final class FormatParser {
    private static final int TOO_LARGE = 1_000_000;

    private final Printer p = new Printer();
    private final FieldFormatter f = p.fmt;
    private final String format;
    private final Object[] args;
    private final int end;
    private int i;
    private int argNum;
    private boolean reordered;
    private boolean goodArgNum;
    /** The last thing parsed was an argument index like [3]. */
    private boolean afterIndex;

    private FormatParser(String format, Object[] args) {
        this.format = format;
        this.args = args;
        this.end = format.length();
    }

    static String sprintf(String format, Object[] args) {
        FormatParser parser = new FormatParser(format, args);
        parser.run();
        return parser.p.toString();
    }

    private void run() {
        while (i < end) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                p.buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            if (!directive()) {
                break;
            }
        }
        if (!reordered && argNum < args.length) {
            extra();
        }
    }

    /** One directive after its '%'; false when the format ended without a verb. */
    private boolean directive() {
        f.clearFlags();
        flags:
        for (; i < end; i++) {
            switch (format.charAt(i)) {
                case '#' -> f.sharp = true;
                case '0' -> f.zero = true;
                case '+' -> f.plus = true;
                case '-' -> f.minus = true;
                case ' ' -> f.space = true;
                default -> {
                    break flags;
                }
            }
        }
        argNumber();
        if (i < end && format.charAt(i) == '*') {
            i++;
            intFromArg(true);
            if (!f.widPresent) {
                p.buf.append("%!(BADWIDTH)");
            }
            if (f.wid < 0) {
                f.wid = -f.wid;
                f.minus = true;
                f.zero = false;
            }
            afterIndex = false;
        } else {
            int start = i;
            f.wid = parseNum();
            f.widPresent = f.wid >= 0;
            if (!f.widPresent) {
                f.wid = 0;
            }
            if (afterIndex && f.widPresent && i > start) {
                goodArgNum = false;
            }
        }
        if (i + 1 < end && format.charAt(i) == '.') {
            i++;
            if (afterIndex) {
                goodArgNum = false;
            }
            argNumber();
            if (i < end && format.charAt(i) == '*') {
                i++;
                intFromArg(false);
                if (f.prec < 0) {
                    f.prec = 0;
                    f.precPresent = false;
                }
                if (!f.precPresent) {
                    p.buf.append("%!(BADPREC)");
                }
                afterIndex = false;
            } else {
                f.prec = parseNum();
                f.precPresent = true;
                if (f.prec < 0) {
                    f.prec = 0;
                }
            }
        }
        if (!afterIndex) {
            argNumber();
        }
        if (i >= end) {
            p.buf.append("%!(NOVERB)");
            return false;
        }
        int verb = format.codePointAt(i);
        i += Character.charCount(verb);
        if (verb == '%') {
            p.buf.append('%');
        } else if (!goodArgNum) {
            p.buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
        } else if (argNum >= args.length) {
            p.buf.append("%!").appendCodePoint(verb).append("(MISSING)");
        } else {
            if (verb == 'v' || verb == 'w') {
                f.sharpV = f.sharp;
                f.sharp = false;
                f.plusV = f.plus;
                f.plus = false;
            }
            p.printArg(args[argNum], verb);
            argNum++;
        }
        return true;
    }

    /** A decimal number at i, or -1 when there is none; a huge number consumes the rest of the format. */
    private int parseNum() {
        if (i >= end) {
            return -1;
        }
        int num = 0;
        boolean isNum = false;
        while (i < end && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
            if (num > TOO_LARGE) {
                i = end;
                return -1;
            }
            num = num * 10 + (format.charAt(i) - '0');
            isNum = true;
            i++;
        }
        return isNum ? num : -1;
    }

    /** An explicit argument index [n] at i, if any. */
    private void argNumber() {
        afterIndex = false;
        if (i >= end || format.charAt(i) != '[') {
            return;
        }
        reordered = true;
        int close = format.indexOf(']', i + 1);
        int index = -1;
        boolean ok = false;
        int width = 1;
        if (end - i >= 3 && close > 0) {
            width = close - i + 1;
            long num = 0;
            ok = close > i + 1;
            for (int k = i + 1; k < close && ok; k++) {
                char c = format.charAt(k);
                ok = c >= '0' && c <= '9' && num <= TOO_LARGE;
                num = num * 10 + (c - '0');
            }
            index = ok && num - 1 < args.length ? (int) num - 1 : -1;
        }
        i += width;
        if (ok && index >= 0 && index < args.length) {
            argNum = index;
            afterIndex = true;
            return;
        }
        goodArgNum = false;
        afterIndex = ok;
    }

    /** Width or precision from the next argument, which must be an integer. */
    private void intFromArg(boolean width) {
        int num = 0;
        boolean isInt = false;
        if (argNum < args.length) {
            Object a = args[argNum];
            if (GoTypes.isInteger(a)) {
                long n = GoTypes.integerValue(a);
                if (n <= TOO_LARGE && n >= -TOO_LARGE) {
                    num = (int) n;
                    isInt = true;
                }
            }
            argNum++;
        }
        if (width) {
            f.wid = num;
            f.widPresent = isInt;
        } else {
            f.prec = num;
            f.precPresent = isInt;
        }
    }

    private void extra() {
        f.clearFlags();
        p.buf.append("%!(EXTRA ");
        for (int k = argNum; k < args.length; k++) {
            if (k > argNum) {
                p.buf.append(", ");
            }
            Object arg = args[k];
            if (arg == null) {
                p.buf.append("<nil>");
            } else {
                p.buf.append(GoTypes.typeName(arg)).append('=');
                p.printArg(arg, 'v');
            }
        }
        p.buf.append(')');
    }
}
