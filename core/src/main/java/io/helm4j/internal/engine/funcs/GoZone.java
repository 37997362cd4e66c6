package io.helm4j.internal.engine.funcs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Go {@code *time.Location} loaded as {@code time.LoadLocation} loads it: the TZif file of that name from the
 * directories Go reads on Unix ({@code $ZONEINFO}, {@code /usr/share/zoneinfo/} ...), with Go's lookup of an
 * instant: the transitions, the zone before the first one ({@code lookupFirstZone}), and after the last one the
 * file's POSIX TZ rule ({@code tzset}). So {@code dateInZone} prints the abbreviations of the machine's tz
 * database (1970's {@code WET} in Algiers, {@code -03} in São Paulo) where java.time knows only CLDR's names.
 */
final class GoZone {
    /** Where Go's {@code LoadLocation} looks on Unix, after {@code $ZONEINFO}. */
    private static final List<String> SOURCES = List.of("/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/",
            "/usr/lib/locale/TZ/", "/etc/zoneinfo/");
    private static final long ALPHA = Long.MIN_VALUE;

    /** One local time type of the file: offset east of UTC, daylight saving, abbreviation. */
    record Zone(String name, int offset, boolean dst) {
    }

    private final Zone[] zones;
    private final long[] when;
    private final int[] index;
    private final String extend;

    private GoZone(Zone[] zones, long[] when, int[] index, String extend) {
        this.zones = zones;
        this.when = when;
        this.index = index;
        this.extend = extend;
    }

    /**
     * {@code time.LoadLocation(name)} for a name other than "", "UTC" and "Local": null where Go fails (no such
     * file in any source, a name with "..", a file that is not TZif), so Sprig falls back to UTC.
     */
    static GoZone load(String name, Map<String, String> env) {
        if (name.contains("..") || name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0) {
            return null;
        }
        String zoneinfo = env.get("ZONEINFO");
        if (zoneinfo != null && !zoneinfo.isEmpty()) {
            GoZone z = zoneinfo.length() > 4 && zoneinfo.endsWith(".zip") ? fromZip(Path.of(zoneinfo), name)
                    : read(Path.of(zoneinfo, name));
            if (z != null) {
                return z;
            }
        }
        for (String dir : SOURCES) {
            GoZone z = read(Path.of(dir + name));
            if (z != null) {
                return z;
            }
        }
        return null;
    }

    /**
     * Go's {@code time.Local} on Unix ({@code initLocal}): no $TZ reads /etc/localtime; an empty one is UTC; a
     * leading ':' is dropped; an absolute path is that file; another name other than "UTC" is looked up in the
     * platform's directories only (not $ZONEINFO). Null where Go falls back to UTC.
     */
    static GoZone local(Map<String, String> env) {
        String tz = env.get("TZ");
        if (tz == null) {
            return read(Path.of("/etc/localtime"));
        }
        if (tz.startsWith(":")) {
            tz = tz.substring(1);
        }
        if (tz.isEmpty() || tz.equals("UTC") || tz.indexOf('\0') >= 0) {
            return null;
        }
        if (tz.startsWith("/")) {
            return read(Path.of(tz));
        }
        for (String dir : SOURCES) {
            GoZone z = read(Path.of(dir + "/" + tz));
            if (z != null) {
                return z;
            }
        }
        return null;
    }

    /** True when one of the places Go reads zones from exists. */
    static boolean hasDatabase(Map<String, String> env) {
        String zoneinfo = env.get("ZONEINFO");
        if (zoneinfo != null && !zoneinfo.isEmpty() && Files.exists(Path.of(zoneinfo))) {
            return true;
        }
        for (String dir : SOURCES) {
            if (Files.isDirectory(Path.of(dir))) {
                return true;
            }
        }
        return false;
    }

    private static GoZone read(Path file) {
        byte[] data;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            data = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            return parse(data);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Go's {@code loadTzinfoFromZip}: the entry of that exact name, stored uncompressed, in a zip file without a
     * comment (Go reads the end record from the last 22 bytes and the headers itself); anything else fails, and
     * Go goes on to the platform's directories.
     */
    private static GoZone fromZip(Path zip, String name) {
        try (java.nio.channels.FileChannel fc = java.nio.channels.FileChannel.open(zip)) {
            long length = fc.size();
            ByteBuffer tail = readAt(fc, length - 22, 22);
            if (tail == null || tail.getInt(0) != 0x06054b50) {
                return null;
            }
            int n = Short.toUnsignedInt(tail.getShort(10));
            ByteBuffer dir = readAt(fc, Integer.toUnsignedLong(tail.getInt(16)), tail.getInt(12));
            if (dir == null) {
                return null;
            }
            byte[] want = name.getBytes(StandardCharsets.UTF_8);
            int p = 0;
            for (int i = 0; i < n; i++) {
                if (p + 46 > dir.limit() || dir.getInt(p) != 0x02014b50) {
                    break;
                }
                int meth = Short.toUnsignedInt(dir.getShort(p + 10));
                int size = dir.getInt(p + 24);
                int namelen = Short.toUnsignedInt(dir.getShort(p + 28));
                int xlen = Short.toUnsignedInt(dir.getShort(p + 30));
                int fclen = Short.toUnsignedInt(dir.getShort(p + 32));
                long off = Integer.toUnsignedLong(dir.getInt(p + 42));
                byte[] zname = new byte[namelen];
                dir.get(p + 46, zname);
                p += 46 + namelen + xlen + fclen;
                if (!java.util.Arrays.equals(zname, want)) {
                    continue;
                }
                if (meth != 0) {
                    return null; // "unsupported compression"
                }
                ByteBuffer h = readAt(fc, off, 30 + namelen);
                if (h == null || h.getInt(0) != 0x04034b50 || Short.toUnsignedInt(h.getShort(8)) != meth
                        || Short.toUnsignedInt(h.getShort(26)) != namelen) {
                    return null;
                }
                byte[] hname = new byte[namelen];
                h.get(30, hname);
                if (!java.util.Arrays.equals(hname, want)) {
                    return null;
                }
                ByteBuffer data = readAt(fc, off + 30 + namelen + Short.toUnsignedInt(h.getShort(28)), size);
                if (data == null) {
                    return null;
                }
                try {
                    return parse(data.array());
                } catch (RuntimeException e) {
                    return null;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Exactly {@code size} bytes at {@code pos} (little-endian), or null past the end (Go's preadn). */
    private static ByteBuffer readAt(java.nio.channels.FileChannel fc, long pos, int size) throws IOException {
        if (pos < 0 || size < 0 || pos + size > fc.size()) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (fc.read(b, pos + b.position()) < 0) {
                return null;
            }
        }
        return b;
    }

    /** Go's LoadLocationFromTZData: the 64-bit section of a version 2 or 3 file, else the 32-bit one. */
    static GoZone parse(byte[] data) {
        ByteBuffer d = ByteBuffer.wrap(data);
        byte[] magic = new byte[4];
        d.get(magic);
        if (!new String(magic, StandardCharsets.ISO_8859_1).equals("TZif")) {
            throw new IllegalArgumentException("not TZif");
        }
        byte version = d.get();
        if (version != 0 && version != '2' && version != '3') {
            throw new IllegalArgumentException("bad version");
        }
        d.position(d.position() + 15);
        int[] n = counts(d);
        boolean is64 = false;
        if (version != 0) {
            int skip = n[3] * 4 + n[3] + n[4] * 6 + n[5] + n[2] * 8 + n[1] + n[0];
            d.position(d.position() + skip + 4 + 16);
            n = counts(d);
            is64 = true;
        }
        int nTime = n[3];
        long[] when = new long[nTime];
        for (int i = 0; i < nTime; i++) {
            when[i] = is64 ? d.getLong() : d.getInt();
        }
        int[] index = new int[nTime];
        for (int i = 0; i < nTime; i++) {
            index[i] = d.get() & 0xFF;
        }
        int nZone = n[4];
        if (nZone == 0) {
            throw new IllegalArgumentException("no zones");
        }
        int[] offsets = new int[nZone];
        boolean[] dst = new boolean[nZone];
        int[] nameIndex = new int[nZone];
        for (int i = 0; i < nZone; i++) {
            offsets[i] = d.getInt();
            dst[i] = d.get() != 0;
            nameIndex[i] = d.get() & 0xFF;
        }
        byte[] abbrev = new byte[n[5]];
        d.get(abbrev);
        d.position(d.position() + n[2] * ((is64 ? 8 : 4) + 4) + n[1] + n[0]);
        Zone[] zones = new Zone[nZone];
        for (int i = 0; i < nZone; i++) {
            if (nameIndex[i] >= abbrev.length) {
                throw new IllegalArgumentException("bad abbreviation index");
            }
            int end = nameIndex[i];
            while (end < abbrev.length && abbrev[end] != 0) {
                end++;
            }
            zones[i] = new Zone(new String(abbrev, nameIndex[i], end - nameIndex[i], StandardCharsets.ISO_8859_1),
                    offsets[i], dst[i]);
        }
        for (int i : index) {
            if (i >= nZone) {
                throw new IllegalArgumentException("bad zone index");
            }
        }
        String extend = "";
        int rest = d.remaining();
        if (rest > 2 && data[d.position()] == '\n' && data[data.length - 1] == '\n') {
            extend = new String(data, d.position() + 1, rest - 2, StandardCharsets.ISO_8859_1);
        }
        if (nTime == 0) {
            // Go's fake transition covering all time (fixed zones such as Etc/GMT0)
            when = new long[] {ALPHA};
            index = new int[] {0};
        }
        return new GoZone(zones, when, index, extend);
    }

    private static int[] counts(ByteBuffer d) {
        int[] n = new int[6];
        for (int i = 0; i < 6; i++) {
            n[i] = d.getInt();
            if (n[i] < 0) {
                throw new IllegalArgumentException("bad count");
            }
        }
        return n;
    }

    /** {@code FixedZone(name, offset)}. */
    /** The name of a location of one zone without transitions (a fixed zone), else null. */
    String fixedName() {
        return zones.length == 1 && when.length == 1 && extend.isEmpty() ? zones[0].name() : null;
    }

    static GoZone fixed(String name, int offset) {
        return new GoZone(new Zone[] {new Zone(name, offset, false)}, new long[] {ALPHA}, new int[] {0}, "");
    }

    /**
     * Go's {@code Location.lookupName(name, unix)}: the offset of a zone of that name that is in force at
     * {@code unix} less its offset, else of the first zone of that name; null if none has it.
     */
    Integer lookupName(String name, long unix) {
        for (Zone z : zones) {
            if (z.name().equals(name) && lookup(unix - z.offset()).name().equals(z.name())) {
                return lookup(unix - z.offset()).offset();
            }
        }
        for (Zone z : zones) {
            if (z.name().equals(name)) {
                return z.offset();
            }
        }
        return null;
    }

    /** Go's {@code Location.lookup(unixSec)}: the zone's abbreviation and offset at that instant. */
    Zone lookup(long sec) {
        if (sec < when[0]) {
            return zones[lookupFirstZone()];
        }
        int lo = 0;
        int hi = when.length;
        while (hi - lo > 1) {
            int m = (lo + hi) >>> 1;
            if (sec < when[m]) {
                hi = m;
            } else {
                lo = m;
            }
        }
        Zone zone = zones[index[lo]];
        if (lo == when.length - 1 && !extend.isEmpty()) {
            Zone rule = tzset(extend, sec);
            if (rule != null) {
                return rule;
            }
        }
        return zone;
    }

    private int lookupFirstZone() {
        boolean firstUsed = false;
        for (int i : index) {
            firstUsed |= i == 0;
        }
        if (!firstUsed) {
            return 0;
        }
        if (zones[index[0]].dst()) {
            for (int zi = index[0] - 1; zi >= 0; zi--) {
                if (!zones[zi].dst()) {
                    return zi;
                }
            }
        }
        for (int zi = 0; zi < zones.length; zi++) {
            if (!zones[zi].dst()) {
                return zi;
            }
        }
        return 0;
    }

    // ---- Go's tzset: the POSIX TZ rule that follows a TZif file's last transition ----

    /** A cursor over the rule text (Go's string slicing). */
    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        char peek() {
            return s.charAt(pos);
        }
    }

    private record Rule(int kind, int day, int week, int mon, int time) {
    }

    private static final int JULIAN = 0;
    private static final int DOY = 1;
    private static final int MONTH_WEEK_DAY = 2;

    /** Go's tzset(s, lastTxSec, sec): the zone in force at {@code sec} by the rule, or null if it does not parse. */
    static Zone tzset(String s, long sec) {
        Cursor c = new Cursor(s);
        String stdName = tzsetName(c);
        if (stdName == null) {
            return null;
        }
        Integer stdOff = tzsetOffset(c);
        if (stdOff == null) {
            return null;
        }
        int stdOffset = -stdOff;
        if (c.atEnd() || c.peek() == ',') {
            return new Zone(stdName, stdOffset, false);
        }
        String dstName = tzsetName(c);
        if (dstName == null) {
            return null;
        }
        int dstOffset;
        if (c.atEnd() || c.peek() == ',') {
            dstOffset = stdOffset + 3600;
        } else {
            Integer off = tzsetOffset(c);
            if (off == null) {
                return null;
            }
            dstOffset = -off;
        }
        String rules = c.atEnd() ? ",M3.2.0,M11.1.0" : s.substring(c.pos);
        Cursor r = new Cursor(rules);
        if (r.peek() != ',' && r.peek() != ';') {
            return null;
        }
        r.pos++;
        Rule startRule = tzsetRule(r);
        if (startRule == null || r.atEnd() || r.peek() != ',') {
            return null;
        }
        r.pos++;
        Rule endRule = tzsetRule(r);
        if (endRule == null || !r.atEnd()) {
            return null;
        }
        long[] yearYday = GoTime.yearYday(sec);
        long year = yearYday[0];
        long ysec = (yearYday[1] - 1) * 86_400 + sec % 86_400;
        long startSec = tzruleTime(year, startRule, stdOffset);
        long endSec = tzruleTime(year, endRule, dstOffset);
        boolean dstIsDst = true;
        boolean stdIsDst = false;
        if (endSec < startSec) {
            long t = startSec;
            startSec = endSec;
            endSec = t;
            String tn = stdName;
            stdName = dstName;
            dstName = tn;
            int to = stdOffset;
            stdOffset = dstOffset;
            dstOffset = to;
            stdIsDst = true;
            dstIsDst = false;
        }
        if (ysec < startSec || ysec >= endSec) {
            return new Zone(stdName, stdOffset, stdIsDst);
        }
        return new Zone(dstName, dstOffset, dstIsDst);
    }

    private static String tzsetName(Cursor c) {
        if (c.atEnd()) {
            return null;
        }
        String s = c.s.substring(c.pos);
        if (s.charAt(0) != '<') {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch >= '0' && ch <= '9' || ch == ',' || ch == '-' || ch == '+') {
                    if (i < 3) {
                        return null;
                    }
                    c.pos += i;
                    return s.substring(0, i);
                }
            }
            if (s.length() < 3) {
                return null;
            }
            c.pos += s.length();
            return s;
        }
        int close = s.indexOf('>');
        if (close < 0) {
            return null;
        }
        c.pos += close + 1;
        return s.substring(1, close);
    }

    private static Integer tzsetOffset(Cursor c) {
        if (c.atEnd()) {
            return null;
        }
        boolean neg = false;
        if (c.peek() == '+') {
            c.pos++;
        } else if (c.peek() == '-') {
            c.pos++;
            neg = true;
        }
        Integer hours = tzsetNum(c, 0, 24 * 7);
        if (hours == null) {
            return null;
        }
        int off = hours * 3600;
        if (!c.atEnd() && c.peek() == ':') {
            c.pos++;
            Integer mins = tzsetNum(c, 0, 59);
            if (mins == null) {
                return null;
            }
            off += mins * 60;
            if (!c.atEnd() && c.peek() == ':') {
                c.pos++;
                Integer secs = tzsetNum(c, 0, 59);
                if (secs == null) {
                    return null;
                }
                off += secs;
            }
        }
        return neg ? -off : off;
    }

    private static Rule tzsetRule(Cursor c) {
        if (c.atEnd()) {
            return null;
        }
        int kind;
        int day;
        int week = 0;
        int mon = 0;
        if (c.peek() == 'J') {
            c.pos++;
            Integer j = tzsetNum(c, 1, 365);
            if (j == null) {
                return null;
            }
            kind = JULIAN;
            day = j;
        } else if (c.peek() == 'M') {
            c.pos++;
            Integer m = tzsetNum(c, 1, 12);
            if (m == null || c.atEnd() || c.peek() != '.') {
                return null;
            }
            c.pos++;
            Integer w = tzsetNum(c, 1, 5);
            if (w == null || c.atEnd() || c.peek() != '.') {
                return null;
            }
            c.pos++;
            Integer dd = tzsetNum(c, 0, 6);
            if (dd == null) {
                return null;
            }
            kind = MONTH_WEEK_DAY;
            day = dd;
            week = w;
            mon = m;
        } else {
            Integer dd = tzsetNum(c, 0, 365);
            if (dd == null) {
                return null;
            }
            kind = DOY;
            day = dd;
        }
        int time = 2 * 3600;
        if (!c.atEnd() && c.peek() == '/') {
            c.pos++;
            Integer off = tzsetOffset(c);
            if (off == null) {
                return null;
            }
            time = off;
        }
        return new Rule(kind, day, week, mon, time);
    }

    private static Integer tzsetNum(Cursor c, int min, int max) {
        if (c.atEnd()) {
            return null;
        }
        int num = 0;
        int start = c.pos;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch < '0' || ch > '9') {
                if (c.pos == start || num < min) {
                    return null;
                }
                return num;
            }
            num = num * 10 + (ch - '0');
            if (num > max) {
                return null;
            }
            c.pos++;
        }
        return num < min ? null : num;
    }

    private static final java.util.List<Integer> DAYS_BEFORE =
            java.util.List.of(0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365);

    private static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Go's tzruleTime: seconds from the start of the year to the rule's transition. */
    private static long tzruleTime(long year, Rule r, int off) {
        long s;
        switch (r.kind()) {
            case JULIAN -> {
                s = (long) (r.day() - 1) * 86_400;
                if (isLeap(year) && r.day() >= 60) {
                    s += 86_400;
                }
            }
            case DOY -> s = (long) r.day() * 86_400;
            default -> {
                // Zeller's congruence: the weekday of the month's first day
                long m1 = (r.mon() + 9) % 12 + 1;
                long yy0 = year;
                if (r.mon() <= 2) {
                    yy0--;
                }
                long yy1 = yy0 / 100;
                long yy2 = yy0 % 100;
                long dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
                if (dow < 0) {
                    dow += 7;
                }
                long d = r.day() - dow;
                if (d < 0) {
                    d += 7;
                }
                int daysIn = DAYS_BEFORE.get(r.mon()) - DAYS_BEFORE.get(r.mon() - 1) + (r.mon() == 2 && isLeap(year) ? 1 : 0);
                for (int i = 1; i < r.week(); i++) {
                    if (d + 7 >= daysIn) {
                        break;
                    }
                    d += 7;
                }
                d += DAYS_BEFORE.get(r.mon() - 1);
                if (isLeap(year) && r.mon() > 2) {
                    d++;
                }
                s = d * 86_400;
            }
        }
        return s + r.time() - off;
    }
}
