package io.helm4j.internal.engine.funcs;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The little DER that Sprig's certificates and private keys need, written and read by hand as Go's
 * encoding/asn1 does, so that making a certificate loads no BouncyCastle class (about 300 classes, read
 * and verified from the jars, a large part of a cold {@code genCA}; see bench/README.md).
 */
final class Der {
    static final int SEQUENCE = 0x30;
    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int BIT_STRING = 0x03;
    static final int OID = 0x06;

    private Der() {
    }

    /** A TLV of {@code tag} whose contents are {@code parts}, concatenated. */
    static byte[] tlv(int tag, byte[]... parts) {
        int len = 0;
        for (byte[] p : parts) {
            len += p.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(len + 6);
        out.write(tag);
        if (len < 0x80) {
            out.write(len);
        } else {
            int n = (32 - Integer.numberOfLeadingZeros(len) + 7) / 8;
            out.write(0x80 | n);
            for (int i = n - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... parts) {
        return tlv(SEQUENCE, parts);
    }

    static byte[] sequence(List<byte[]> parts) {
        return tlv(SEQUENCE, parts.toArray(new byte[0][]));
    }

    static byte[] integer(BigInteger v) {
        return tlv(INTEGER, v.toByteArray());
    }

    static byte[] octets(byte[] v) {
        return tlv(OCTET_STRING, v);
    }

    /** A BIT STRING of whole bytes. */
    static byte[] bits(byte[] v) {
        return tlv(BIT_STRING, new byte[] {0}, v);
    }

    /** BOOLEAN TRUE (DER leaves FALSE out as the default). */
    static byte[] yes() {
        return new byte[] {0x01, 0x01, (byte) 0xff};
    }

    static byte[] nothing() {
        return new byte[] {0x05, 0x00};
    }

    /** An OBJECT IDENTIFIER from its dotted form. */
    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            base128(out, Long.parseLong(arcs[i]));
        }
        return tlv(OID, out.toByteArray());
    }

    private static void base128(ByteArrayOutputStream out, long v) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(v) + 6) / 7);
        for (int i = groups - 1; i > 0; i--) {
            out.write((int) (0x80 | (v >>> (7 * i)) & 0x7f));
        }
        out.write((int) (v & 0x7f));
    }

    /**
     * A string as Go's asn1.Marshal writes one without a declared type: a PrintableString when every
     * character is printable (Go's set, without '*' and '&'), a UTF8String otherwise.
     */
    static byte[] string(String s) {
        boolean printable = true;
        for (int i = 0; i < s.length() && printable; i++) {
            char c = s.charAt(i);
            printable = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c >= '\'' && c <= ')' || c >= '+' && c <= '/' || c == ' ' || c == ':' || c == '='
                    || c == '?';
        }
        return tlv(printable ? 0x13 : 0x0c, s.getBytes(StandardCharsets.UTF_8));
    }

    /** A time as Go writes a certificate's validity: UTCTime from 1950 to 2049, GeneralizedTime otherwise. */
    static byte[] time(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        int year = z.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("asn1: cannot represent time as GeneralizedTime");
        }
        boolean utc = year >= 1950 && year < 2050;
        StringBuilder text = new StringBuilder(15);
        if (!utc) {
            digits(text, year / 100);
        }
        digits(text, year % 100);
        digits(text, z.getMonthValue());
        digits(text, z.getDayOfMonth());
        digits(text, z.getHour());
        digits(text, z.getMinute());
        digits(text, z.getSecond());
        text.append('Z');
        return tlv(utc ? 0x17 : 0x18, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static void digits(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** One element read from {@code src}: its tag, and where its header and its contents start and end. */
    record Element(byte[] src, int tag, int start, int contentStart, int end) {
        byte[] contents() {
            return java.util.Arrays.copyOfRange(src, contentStart, end);
        }

        /** The element with its header, as encoded. */
        byte[] encoded() {
            return java.util.Arrays.copyOfRange(src, start, end);
        }

        /** The elements inside this constructed one. */
        List<Element> children() {
            List<Element> out = new ArrayList<>();
            for (int at = contentStart; at < end; ) {
                Element e = read(src, at, end);
                out.add(e);
                at = e.end();
            }
            return out;
        }

        BigInteger integer() {
            if (tag != INTEGER || end == contentStart) {
                throw new IllegalArgumentException("asn1: structure error: expected an integer");
            }
            return new BigInteger(src, contentStart, end - contentStart);
        }
    }

    /** The one element that {@code der} holds, nothing after it. */
    static Element read(byte[] der) {
        Element e = read(der, 0, der.length);
        if (e.end() != der.length) {
            throw new IllegalArgumentException("asn1: syntax error: trailing data");
        }
        return e;
    }

    private static Element read(byte[] src, int at, int limit) {
        if (limit - at < 2) {
            throw new IllegalArgumentException("asn1: syntax error: data truncated");
        }
        int tag = src[at] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            throw new IllegalArgumentException("asn1: syntax error: long-form tags are not supported");
        }
        int len = src[at + 1] & 0xff;
        int content = at + 2;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 4 || content + n > limit) {
                throw new IllegalArgumentException("asn1: syntax error: bad length");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (src[content++] & 0xff);
            }
            if (len < 0) {
                throw new IllegalArgumentException("asn1: syntax error: bad length");
            }
        }
        if (len > limit - content) {
            throw new IllegalArgumentException("asn1: syntax error: data truncated");
        }
        return new Element(src, tag, at, content, content + len);
    }
}
