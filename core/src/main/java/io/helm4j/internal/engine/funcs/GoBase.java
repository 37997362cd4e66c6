package io.helm4j.internal.engine.funcs;

import java.io.ByteArrayOutputStream;

/** Go's encoding/base64 and encoding/base32 standard encodings, with Go's error positions. */
final class GoBase {
    private GoBase() {
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static IllegalArgumentException corrupt(String kind, long at) {
        return new IllegalArgumentException("illegal " + kind + " data at input byte " + at);
    }

    static byte[] base64Decode(byte[] src) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int si = 0;
        while (si < src.length) {
            int[] dbuf = new int[4];
            int dlen = 4;
            boolean done = false;
            for (int j = 0; j < 4; j++) {
                if (si == src.length) {
                    if (j == 0) {
                        return out.toByteArray();
                    }
                    throw corrupt("base64", si - j);
                }
                int in = src[si] & 0xff;
                si++;
                int v = B64.indexOf(in);
                if (in < 128 && v >= 0) {
                    dbuf[j] = v;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                if (in != '=') {
                    throw corrupt("base64", si - 1);
                }
                if (j == 0 || j == 1) {
                    throw corrupt("base64", si - 1);
                }
                if (j == 2) {
                    while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
                        si++;
                    }
                    if (si == src.length) {
                        throw corrupt("base64", src.length);
                    }
                    if (src[si] != '=') {
                        throw corrupt("base64", si - 1);
                    }
                    si++;
                }
                while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
                    si++;
                }
                if (si < src.length) {
                    throw corrupt("base64", si);
                }
                dlen = j;
                done = true;
                break;
            }
            int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
            byte[] b = {(byte) (val >> 16), (byte) (val >> 8), (byte) val};
            out.write(b, 0, dlen - 1);
            if (done) {
                break;
            }
        }
        return out.toByteArray();
    }

    static String base32Encode(byte[] src) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < src.length; i += 5) {
            long v = 0;
            int n = Math.min(5, src.length - i);
            for (int k = 0; k < 5; k++) {
                v = v << 8 | (k < n ? src[i + k] & 0xff : 0);
            }
            int chars = (n * 8 + 4) / 5;
            for (int k = 0; k < 8; k++) {
                sb.append(k < chars ? B32.charAt((int) (v >> (35 - 5 * k)) & 31) : '=');
            }
        }
        return sb.toString();
    }

    static byte[] base32Decode(byte[] raw) {
        ByteArrayOutputStream stripped = new ByteArrayOutputStream();
        for (byte b : raw) {
            if (b != '\n' && b != '\r') {
                stripped.write(b);
            }
        }
        byte[] src = stripped.toByteArray();
        int olen = src.length;
        int p = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean end = false;
        while (p < olen && !end) {
            int[] dbuf = new int[8];
            int dlen = 8;
            for (int j = 0; j < 8; ) {
                if (p == olen) {
                    throw corrupt("base32", olen - (olen - p) - j);
                }
                int in = src[p] & 0xff;
                p++;
                int remaining = olen - p;
                if (in == '=' && j >= 2 && remaining < 8) {
                    if (remaining + j < 8 - 1) {
                        throw corrupt("base32", olen);
                    }
                    for (int k = 0; k < 8 - 1 - j; k++) {
                        if (remaining > k && src[p + k] != '=') {
                            throw corrupt("base32", olen - remaining + k - 1);
                        }
                    }
                    dlen = j;
                    end = true;
                    if (dlen == 1 || dlen == 3 || dlen == 6) {
                        throw corrupt("base32", olen - remaining - 1);
                    }
                    break;
                }
                int v = in < 128 ? B32.indexOf(in) : -1;
                if (v < 0) {
                    throw corrupt("base32", olen - remaining - 1);
                }
                dbuf[j++] = v;
            }
            long val = 0;
            for (int k = 0; k < 8; k++) {
                val = val << 5 | dbuf[k];
            }
            int bytes = switch (dlen) {
                case 8 -> 5;
                case 7 -> 4;
                case 5 -> 3;
                case 4 -> 2;
                case 2 -> 1;
                default -> 0;
            };
            for (int k = 0; k < bytes; k++) {
                out.write((int) (val >> (32 - 8 * k)) & 0xff);
            }
        }
        return out.toByteArray();
    }
}
