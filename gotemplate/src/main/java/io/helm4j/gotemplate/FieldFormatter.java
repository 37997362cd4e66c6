package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import java.nio.charset.StandardCharsets;

/**
 * Formats one operand under the current flags, width and precision (Go's internal {@code fmt}
 * type): padding, integers in any base, floats, strings, hex dumps, quoted strings and runes.
 */
final class FieldFormatter {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    private final StringBuilder buf;

    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v: struct field names. */
    boolean plusV;
    /** %#v: Go syntax. */
    boolean sharpV;
    int wid;
    int prec;

    FieldFormatter(StringBuilder buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = false;
        precPresent = false;
        minus = false;
        plus = false;
        sharp = false;
        space = false;
        zero = false;
        plusV = false;
        sharpV = false;
        wid = 0;
        prec = 0;
    }

    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char padChar = zero && !minus ? '0' : ' ';
        buf.repeat(padChar, n);
    }

    /** Appends s, padded to the width on the left (or on the right with the minus flag). */
    void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - s.codePointCount(0, s.length());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    /** Pads without zero filling. */
    private void padSpaces(String s) {
        boolean oldZero = zero;
        zero = false;
        pad(s);
        zero = oldZero;
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** U+0078, or with the sharp flag U+0078 'x'. */
    void fmtUnicode(long u) {
        int digits = precPresent && prec > 4 ? prec : 4;
        String hex = Long.toHexString(u).toUpperCase();
        StringBuilder s = new StringBuilder("U+");
        s.repeat('0', Math.max(0, digits - hex.length())).append(hex);
        if (sharp && Long.compareUnsigned(u, Strconv.MAX_RUNE) <= 0 && Strconv.isPrint((int) u)) {
            s.append(" '").appendCodePoint((int) u).append('\'');
        }
        padSpaces(s.toString());
    }

    /** An integer in base 2, 8, 10 or 16; {@code u} is read as signed or unsigned 64 bits. */
    void fmtInteger(long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        int minDigits = 0;
        if (precPresent) {
            minDigits = prec;
            if (prec == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && !minus && widPresent) {
            minDigits = wid;
            if (negative || plus || space) {
                minDigits--;
            }
        }
        String body = switch (base) {
            case 10 -> Long.toUnsignedString(u);
            case 16 -> digits.charAt(16) == 'X' ? Long.toHexString(u).toUpperCase() : Long.toHexString(u);
            case 8 -> Long.toOctalString(u);
            default -> Long.toBinaryString(u);
        };
        StringBuilder s = new StringBuilder(body.length() + 4 + Math.max(0, minDigits));
        if (negative) {
            s.append('-');
        } else if (plus) {
            s.append('+');
        } else if (space) {
            s.append(' ');
        }
        if (verb == 'O') {
            s.append("0o");
        }
        if (sharp) {
            switch (base) {
                case 2 -> s.append("0b");
                case 8 -> {
                    if (body.length() >= minDigits && body.charAt(0) != '0') {
                        s.append('0');
                    }
                }
                case 16 -> s.append('0').append(digits.charAt(16));
                default -> { }
            }
        }
        s.repeat('0', Math.max(0, minDigits - body.length())).append(body);
        padSpaces(s.toString());
    }

    /** Truncates s to the precision, counted in runes. */
    String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                if (--n < 0) {
                    return s.substring(0, i);
                }
                i += Character.charCount(s.codePointAt(i));
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    void fmtSx(String s, String digits) {
        fmtBx(io.helm4j.gostd.GoStrings.bytes(s), digits);
    }

    /** Bytes as hex digits; the space flag separates them, the sharp flag adds 0x. */
    void fmtBx(byte[] b, String digits) {
        int length = b.length;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = b[i] & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    /** A double-quoted Go string, or with the sharp flag a backquoted one when possible. */
    void fmtQ(String s) {
        s = truncate(s);
        if (sharp && Strconv.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(Strconv.quote(s, plus));
    }

    void fmtC(long c) {
        int r = Long.compareUnsigned(c, Strconv.MAX_RUNE) > 0 || !Strconv.validRune(c) ? Strconv.RUNE_ERROR : (int) c;
        pad(Character.toString(r));
    }

    void fmtQc(long c) {
        int r = Long.compareUnsigned(c, Strconv.MAX_RUNE) > 0 ? Strconv.RUNE_ERROR : (int) c;
        pad(Strconv.quoteRune(r, plus));
    }

    /** A float with strconv verb 'e','E','f','g','G','b','x','X'; prec -1 is the shortest form. */
    void fmtFloat(double v, int size, char verb, int defaultPrec) {
        int p = precPresent ? prec : defaultPrec;
        String formatted = FloatFormat.format(v, verb, p, size);
        StringBuilder num = new StringBuilder(formatted.length() + 8);
        if (formatted.charAt(0) == '-' || formatted.charAt(0) == '+') {
            num.append(formatted);
        } else {
            num.append('+').append(formatted);
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        char first = num.charAt(1);
        if (first == 'I' || first == 'N') {
            if (first == 'N' && !space && !plus) {
                num.deleteCharAt(0);
            }
            padSpaces(num.toString());
            return;
        }
        if (sharp && verb != 'b') {
            keepPoint(num, verb, p);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num.toString());
            return;
        }
        pad(num.substring(1));
    }

    /** The sharp flag: always a decimal point, and %g keeps its trailing zeros. */
    private static void keepPoint(StringBuilder num, char verb, int p) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = p == -1 ? 6 : p;
        }
        String tail = "";
        boolean hasPoint = false;
        boolean sawNonzero = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasPoint = true;
            } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = num.substring(i);
                num.setLength(i);
                break;
            } else {
                if (c != '0') {
                    sawNonzero = true;
                }
                if (sawNonzero) {
                    digits--;
                }
            }
        }
        if (!hasPoint) {
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--;
            }
            num.append('.');
        }
        num.repeat('0', Math.max(0, digits));
        num.append(tail);
    }
}
