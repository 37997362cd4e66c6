package io.helm4j.internal.semver;

import java.util.Objects;

/**
 * A semantic version with Masterminds/semver v3 semantics (what Helm and Sprig use): lenient
 * parsing ({@code v1.2}, {@code 1}), prerelease and metadata, Masterminds' ordering.
 * Segments are unsigned 64-bit values held in {@code long}s and compared unsigned.
 */
public final class SemVersion implements Comparable<SemVersion> {
    /** Masterminds {@code MaxVersionLen}. */
    public static final int MAX_LENGTH = 256;

    static final String INVALID = "invalid semantic version";
    static final String EMPTY = "version string empty";
    static final String INVALID_CHARACTERS = "invalid characters in version";
    static final String STARTS_ZERO = "version segment starts with 0";
    static final String INVALID_METADATA = "invalid metadata string";
    static final String INVALID_PRERELEASE = "invalid prerelease string";
    static final String TOO_LONG = "version string is too long (max " + MAX_LENGTH + " bytes)";

    private final long major;
    private final long minor;
    private final long patch;
    private final String pre;
    private final String metadata;
    private final String original;

    private SemVersion(long major, long minor, long patch, String pre, String metadata, String original) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.pre = pre;
        this.metadata = metadata;
        this.original = original;
    }

    /** Masterminds {@code New}: a version from its parts (not validated). */
    public static SemVersion of(long major, long minor, long patch, String pre, String metadata) {
        SemVersion v = new SemVersion(major, minor, patch, pre == null ? "" : pre,
                metadata == null ? "" : metadata, "");
        return new SemVersion(major, minor, patch, v.pre, v.metadata, v.toString());
    }

    /** The zero {@code semver.Version}: 0.0.0, nothing originally written (what a deepCopy leaves). */
    public static SemVersion zero() {
        return new SemVersion(0, 0, 0, "", "", "");
    }

    /** Masterminds {@code NewVersion}: lenient ("v1.2" is 1.2.0). Throws {@link SemverException}. */
    public static SemVersion parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new SemverException(TOO_LONG);
        }
        String s = text.startsWith("v") ? text.substring(1) : text;
        String meta = "";
        String prerelease = "";
        int plus = s.indexOf('+');
        if (plus >= 0) {
            meta = s.substring(plus + 1);
            s = s.substring(0, plus);
            if (!validIdentifiers(meta)) {
                throw new SemverException(INVALID);
            }
        }
        int dash = s.indexOf('-');
        if (dash >= 0) {
            prerelease = s.substring(dash + 1);
            s = s.substring(0, dash);
            if (!validIdentifiers(prerelease)) {
                throw new SemverException(INVALID);
            }
        }
        String[] segs = s.split("\\.", -1);
        if (segs.length > 3) {
            throw new SemverException(INVALID);
        }
        for (String seg : segs) {
            if (seg.isEmpty() || !onlyDigits(seg)) {
                throw new SemverException(INVALID);
            }
        }
        long maj = segment(segs[0]);
        long min = segs.length > 1 ? segment(segs[1]) : 0;
        long pat = segs.length > 2 ? segment(segs[2]) : 0;
        if (!prerelease.isEmpty()) {
            validatePrerelease(prerelease);
        }
        return new SemVersion(maj, min, pat, prerelease, meta, text);
    }

    /** Masterminds {@code StrictNewVersion}: exactly SemVer 2.0 (no "v", three parts). */
    public static SemVersion parseStrict(String text) {
        if (text.isEmpty()) {
            throw new SemverException(EMPTY);
        }
        if (text.length() > MAX_LENGTH) {
            throw new SemverException(TOO_LONG);
        }
        int d1 = text.indexOf('.');
        int d2 = d1 < 0 ? -1 : text.indexOf('.', d1 + 1);
        if (d2 < 0) {
            throw new SemverException(INVALID);
        }
        String[] parts = {text.substring(0, d1), text.substring(d1 + 1, d2), text.substring(d2 + 1)};
        String meta = "";
        String prerelease = "";
        int plus = parts[2].indexOf('+');
        if (plus >= 0) {
            meta = parts[2].substring(plus + 1);
            parts[2] = parts[2].substring(0, plus);
            if (!validIdentifiers(meta)) {
                throw new SemverException(INVALID_METADATA);
            }
        }
        int dash = parts[2].indexOf('-');
        if (dash >= 0) {
            prerelease = parts[2].substring(dash + 1);
            parts[2] = parts[2].substring(0, dash);
            validatePrerelease(prerelease);
        }
        for (String p : parts) {
            if (!onlyDigits(p)) {
                throw new SemverException(INVALID_CHARACTERS);
            }
            if (p.length() > 1 && p.charAt(0) == '0') {
                throw new SemverException(STARTS_ZERO);
            }
        }
        return new SemVersion(strictSegment(parts[0]), strictSegment(parts[1]), strictSegment(parts[2]),
                prerelease, meta, text);
    }

    private static long segment(String digits) {
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw new SemverException("error parsing version segment: " + parseUintError(digits));
        }
    }

    private static long strictSegment(String digits) {
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw new SemverException(parseUintError(digits));
        }
    }

    private static String parseUintError(String digits) {
        String why = digits.isEmpty() ? "invalid syntax" : "value out of range";
        return "strconv.ParseUint: parsing \"" + digits + "\": " + why;
    }

    static boolean onlyDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean validIdentifiers(String s) {
        for (String part : s.split("\\.", -1)) {
            if (part.isEmpty()) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void validatePrerelease(String p) {
        if (!validIdentifiers(p)) {
            throw new SemverException(INVALID_PRERELEASE);
        }
        for (String part : p.split("\\.", -1)) {
            if (part.length() > 1 && part.charAt(0) == '0' && onlyDigits(part)) {
                throw new SemverException(STARTS_ZERO);
            }
        }
    }

    public long major() {
        return major;
    }

    public long minor() {
        return minor;
    }

    public long patch() {
        return patch;
    }

    /** Prerelease without the dash, or "". */
    public String prerelease() {
        return pre;
    }

    /** Build metadata without the plus, or "". */
    public String metadata() {
        return metadata;
    }

    /** The version as originally written. */
    public String original() {
        return original;
    }

    /** Masterminds {@code IncMajor}. */
    public SemVersion incMajor() {
        return new SemVersion(major + 1, 0, 0, "", "", vPrefix() + (major + 1) + ".0.0");
    }

    /** Masterminds {@code IncMinor}. */
    public SemVersion incMinor() {
        return new SemVersion(major, minor + 1, 0, "", "", vPrefix() + major + "." + (minor + 1) + ".0");
    }

    /** Masterminds {@code IncPatch}: drops a prerelease, else adds one to the patch. */
    public SemVersion incPatch() {
        long p = pre.isEmpty() ? patch + 1 : patch;
        return new SemVersion(major, minor, p, "", "", vPrefix() + major + "." + minor + "." + p);
    }

    /** Masterminds {@code SetPrerelease}: each identifier checked in turn (empty or bad character, or a number with a leading 0). */
    public SemVersion withPrerelease(String p) {
        if (!p.isEmpty()) {
            for (String part : p.split("\\.", -1)) {
                if (part.isEmpty()) {
                    throw new SemverException(INVALID_PRERELEASE);
                } else if (onlyDigits(part)) {
                    if (part.length() > 1 && part.charAt(0) == '0') {
                        throw new SemverException(STARTS_ZERO);
                    }
                } else if (!validIdentifiers(part)) {
                    throw new SemverException(INVALID_PRERELEASE);
                }
            }
        }
        SemVersion n = new SemVersion(major, minor, patch, p, metadata, "");
        return new SemVersion(major, minor, patch, p, metadata, vPrefix() + n);
    }

    /** Masterminds {@code SetMetadata}. */
    public SemVersion withMetadata(String m) {
        if (!m.isEmpty() && !validIdentifiers(m)) {
            throw new SemverException("invalid metadata string");
        }
        SemVersion n = new SemVersion(major, minor, patch, pre, m, "");
        return new SemVersion(major, minor, patch, pre, m, vPrefix() + n);
    }

    private String vPrefix() {
        return original.startsWith("v") ? "v" : "";
    }

    /** Masterminds {@code Compare}: X.Y.Z, then prerelease (lower than none); metadata ignored. */
    @Override
    public int compareTo(SemVersion o) {
        int d = Long.compareUnsigned(major, o.major);
        if (d == 0) {
            d = Long.compareUnsigned(minor, o.minor);
        }
        if (d == 0) {
            d = Long.compareUnsigned(patch, o.patch);
        }
        if (d != 0) {
            return d < 0 ? -1 : 1;
        }
        if (pre.isEmpty() && o.pre.isEmpty()) {
            return 0;
        }
        if (pre.isEmpty()) {
            return 1;
        }
        if (o.pre.isEmpty()) {
            return -1;
        }
        return comparePrerelease(pre, o.pre);
    }

    static int comparePrerelease(String a, String b) {
        String[] as = a.isEmpty() ? new String[0] : a.split("\\.", -1);
        String[] bs = b.isEmpty() ? new String[0] : b.split("\\.", -1);
        for (int i = 0; i < Math.max(as.length, bs.length); i++) {
            int d = comparePart(i < as.length ? as[i] : "", i < bs.length ? bs[i] : "");
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int comparePart(String s, String o) {
        if (s.equals(o)) {
            return 0;
        }
        if (s.isEmpty()) {
            return -1;
        }
        if (o.isEmpty()) {
            return 1;
        }
        Long si = identifierNumber(s);
        Long oi = identifierNumber(o);
        if (si == null && oi == null) {
            return s.compareTo(o) > 0 ? 1 : -1;
        }
        if (oi == null) {
            return -1;
        }
        if (si == null) {
            return 1;
        }
        return Long.compareUnsigned(si, oi) > 0 ? 1 : -1;
    }

    private static Long identifierNumber(String s) {
        if (s.isEmpty() || !onlyDigits(s)) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Versions are equal when they compare equal (metadata is ignored), as Masterminds {@code Equal}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SemVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch, pre);
    }

    /** Masterminds {@code String}: the normalized form, without a "v". */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(Long.toUnsignedString(major)).append('.').append(Long.toUnsignedString(minor)).append('.')
                .append(Long.toUnsignedString(patch));
        if (!pre.isEmpty()) {
            b.append('-').append(pre);
        }
        if (!metadata.isEmpty()) {
            b.append('+').append(metadata);
        }
        return b.toString();
    }
}
