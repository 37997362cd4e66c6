package io.helm4j.chart;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Go's {@code archive/tar} reader, as far as Helm's chart loading sees it: headers in the V7, USTAR, PAX, GNU and
 * star formats (checksum, octal and base-256 numbers, the USTAR prefix), PAX records ({@code path}, {@code size})
 * and GNU long names applied to the next entry, the old trailing-slash directories, and Go's errors ({@code
 * archive/tar: invalid tar header}, {@code unexpected EOF}). Its own rather than commons-compress's: that one turns
 * each entry's time into commons-io's {@code FileTimes}, whose first use computes {@code BigDecimal}'s table of
 * 5^(2^n) up to 5^65536, about 15% of a cold {@code dependency update}'s CPU (bench/README.md); a chart needs
 * none of it.
 */
final class TarReader {
    /** Go's {@code tar.ErrHeader}. */
    static final String INVALID_HEADER = "archive/tar: invalid tar header";
    private static final int BLOCK = 512;
    private static final int MAX_SPECIAL_FILE = 1 << 20;

    /** One entry: its name (PAX and GNU long names applied), type flag, mode and size. */
    record Header(String name, byte type, long mode, long size) {
        static final byte REG = '0';
        static final byte DIR = '5';
        static final byte PAX = 'x';
        static final byte PAX_GLOBAL = 'g';

        /** Go's {@code FileInfo().IsDir()}: the type flag, or the mode's directory bits. */
        boolean isDirectory() {
            return type == DIR || (mode & ~07777L) == 040000L;
        }
    }

    /** A header Go's reader refuses: {@code archive/tar: invalid tar header}. */
    static final class HeaderException extends IOException {
        HeaderException() {
            super(INVALID_HEADER);
        }

        HeaderException(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final byte[] block = new byte[BLOCK];
    private long remaining;
    private long pad;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, or null at the end of the archive. Its data is read through {@link #data()}. */
    Header next() throws IOException {
        Map<String, String> pax = null;
        String longName = null;
        while (true) {
            skip(remaining);
            remaining = 0;
            boolean padded = skipPadding(pad);
            pad = 0;
            if (!padded) {
                return null; // Go's tryReadFull: padding cut short by the stream's end is io.EOF, the archive's end
            }
            Header h = readHeader();
            if (h == null) {
                return null;
            }
            setData(h);
            switch (h.type()) {
                case Header.PAX, Header.PAX_GLOBAL -> {
                    pax = parsePax(special());
                    if (h.type() == Header.PAX_GLOBAL) {
                        String name = pax.getOrDefault("path", "");
                        return new Header(name.isEmpty() ? h.name() : name, h.type(), 0, 0);
                    }
                }
                case 'L' -> longName = cString(special(), 0, Integer.MAX_VALUE);
                case 'K' -> special(); // a long link name: charts keep no links
                default -> {
                    Header merged = merge(h, pax, longName);
                    setData(merged);
                    return merged;
                }
            }
        }
    }

    /** The current entry's data; ends early with {@code unexpected EOF} when the archive does. */
    InputStream data() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new EOFException("unexpected EOF");
                }
                remaining -= n;
                return n;
            }
        };
    }

    private Header readHeader() throws IOException {
        if (!readBlock()) {
            return null; // EOF at a block boundary is a proper end, as in Go
        }
        if (allZero()) {
            if (!readBlock() || allZero()) {
                return null;
            }
            throw new HeaderException(); // a zero block, then a non-zero one
        }
        Format format = format();
        if (format == Format.UNKNOWN) {
            throw new HeaderException();
        }
        byte type = block[156];
        String name = cString(block, 0, 100);
        long mode = numeric(100, 8);
        numeric(108, 8); // uid, gid and the time: only checked, as Go parses them
        numeric(116, 8);
        long size = numeric(124, 12);
        numeric(136, 12);
        if (format != Format.V7) {
            numeric(329, 8); // device numbers
            numeric(337, 8);
        }
        String prefix = switch (format) {
            case USTAR -> cString(block, 345, 155);
            case STAR -> cString(block, 345, 131);
            default -> "";
        };
        if (!prefix.isEmpty()) {
            name = prefix + "/" + name;
        }
        return new Header(name, type, mode, size);
    }

    private enum Format { UNKNOWN, V7, USTAR, GNU, STAR }

    /** Go's {@code block.getFormat}: the checksum (unsigned or signed), then the magic. */
    private Format format() throws HeaderException {
        long value;
        try {
            value = octal(148, 8);
        } catch (HeaderException e) {
            return Format.UNKNOWN;
        }
        // one pass: the unsigned sum and the count of bytes with the high bit (the signed sum is 256 less for
        // each); the checksum field itself counts as eight spaces
        int unsigned = 8 * ' ';
        int high = 0;
        for (int i = 0; i < BLOCK; i++) {
            int c = block[i];
            unsigned += c & 0xff;
            high += c >>> 31;
        }
        for (int i = 148; i < 156; i++) {
            int c = block[i];
            unsigned -= c & 0xff;
            high -= c >>> 31;
        }
        int signed = unsigned - 256 * high;
        if (value != unsigned && value != signed) {
            return Format.UNKNOWN;
        }
        String magic = new String(block, 257, 6, StandardCharsets.ISO_8859_1);
        String version = new String(block, 263, 2, StandardCharsets.ISO_8859_1);
        String trailer = new String(block, 508, 4, StandardCharsets.ISO_8859_1);
        if (magic.equals("ustar\0")) {
            return trailer.equals("tar\0") ? Format.STAR : Format.USTAR;
        }
        if (magic.equals("ustar ") && version.equals(" \0")) {
            return Format.GNU;
        }
        return Format.V7;
    }

    /** Go's {@code mergePAX} (path and size; the rest a chart does not use), the GNU long name, the old directories. */
    private static Header merge(Header h, Map<String, String> pax, String longName) throws HeaderException {
        String name = h.name();
        long size = h.size();
        if (pax != null) {
            String path = pax.get("path");
            if (path != null && !path.isEmpty()) {
                name = path;
            }
            String s = pax.get("size");
            if (s != null && !s.isEmpty()) {
                try {
                    size = Long.parseLong(s);
                } catch (NumberFormatException e) {
                    throw new HeaderException();
                }
            }
        }
        if (longName != null && !longName.isEmpty()) {
            name = longName;
        }
        byte type = h.type();
        if (type == 0) {
            type = name.endsWith("/") ? Header.DIR : Header.REG;
        }
        return new Header(name, type, h.mode(), size);
    }

    /** Go's {@code handleRegularFile}: header-only types carry no data. */
    private void setData(Header h) throws HeaderException {
        long n = switch (h.type()) {
            case '1', '2', '3', '4', '5', '6' -> 0;
            default -> h.size();
        };
        if (n < 0) {
            throw new HeaderException();
        }
        remaining = n;
        pad = -n & (BLOCK - 1);
    }

    /** The data of a PAX header or GNU long name, at most 1 MiB as in Go. */
    private byte[] special() throws IOException {
        if (remaining > MAX_SPECIAL_FILE) {
            throw new HeaderException("archive/tar: header field too long");
        }
        byte[] b = in.readNBytes((int) remaining);
        if (b.length < remaining) {
            throw new EOFException("unexpected EOF");
        }
        remaining = 0;
        return b;
    }

    /** Go's {@code parsePAX}: {@code "%d %s=%s\n"} records. */
    private static Map<String, String> parsePax(byte[] data) throws HeaderException {
        String s = new String(data, StandardCharsets.ISO_8859_1); // one char a byte: lengths count bytes
        Map<String, String> out = new HashMap<>();
        int pos = 0;
        while (pos < s.length()) {
            int sp = s.indexOf(' ', pos);
            if (sp < 0) {
                throw new HeaderException();
            }
            long n;
            try {
                n = Long.parseLong(s.substring(pos, sp));
            } catch (NumberFormatException e) {
                throw new HeaderException();
            }
            if (n < 5 || n > s.length() - pos || sp + 1 >= pos + n) {
                throw new HeaderException();
            }
            int end = (int) (pos + n);
            if (s.charAt(end - 1) != '\n') {
                throw new HeaderException();
            }
            String rec = s.substring(sp + 1, end - 1);
            int eq = rec.indexOf('=');
            if (eq < 0) {
                throw new HeaderException();
            }
            out.put(utf8(rec.substring(0, eq)), utf8(rec.substring(eq + 1)));
            pos = end;
        }
        return out;
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** Go's {@code parseNumeric}: base-256 when the first bit is set, else octal. */
    private long numeric(int off, int len) throws HeaderException {
        if ((block[off] & 0x80) == 0) {
            return octal(off, len);
        }
        int inv = (block[off] & 0x40) != 0 ? 0xff : 0;
        long x = 0;
        for (int i = 0; i < len; i++) {
            int c = (block[off + i] & 0xff) ^ inv;
            if (i == 0) {
                c &= 0x7f;
            }
            if ((x >>> 56) > 0) {
                throw new HeaderException();
            }
            x = x << 8 | c;
        }
        if (x < 0) {
            throw new HeaderException();
        }
        return inv == 0xff ? ~x : x;
    }

    /** Go's {@code parseOctal}: NULs and spaces trimmed on both sides; nothing left is 0. */
    private long octal(int off, int len) throws HeaderException {
        int start = off;
        int end = off + len;
        while (start < end && (block[start] == ' ' || block[start] == 0)) {
            start++;
        }
        while (end > start && (block[end - 1] == ' ' || block[end - 1] == 0)) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        String digits = cString(block, start, end - start);
        try {
            return Long.parseUnsignedLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new HeaderException();
        }
    }

    /** Go's {@code parseString}: up to the first NUL. */
    private static String cString(byte[] b, int off, int len) {
        int end = off;
        int limit = (int) Math.min((long) off + len, b.length);
        while (end < limit && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private boolean allZero() {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads one block; false when the stream ended before its first byte, {@code unexpected EOF} within it. */
    private boolean readBlock() throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n < BLOCK) {
            throw new EOFException("unexpected EOF");
        }
        return true;
    }

    /** Skips {@code n} bytes of padding; false when the stream ends first. */
    private boolean skipPadding(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    return false;
                }
                s = 1;
            }
            left -= s;
        }
        return true;
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("unexpected EOF");
                }
                s = 1;
            }
            left -= s;
        }
    }
}
