package io.helm4j.internal.semver;

import io.helm4j.gotemplate.GoFmt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One comparison of a constraint ({@code >=1.2}, {@code ~1.x}, {@code !=2.0.0}), Masterminds'
 * {@code constraint}. {@link #check} returns null when the version satisfies it, else the reason.
 */
record Comparison(String op, String orig, SemVersion con, boolean dirty, boolean minorDirty, boolean patchDirty) {
    static final String PRERELEASE_REASON =
            " is a prerelease version and the constraint is only looking for release versions";

    private static final String WS = "[\\t\\n\\f\\r ]";
    private static final Pattern SINGLE = Pattern.compile("^" + WS + "*(=||!=|>|<|>=|=>|<=|=<|~|~>|\\^)" + WS
            + "*(v?([0-9|x|X|*]+)(\\.[0-9|x|X|*]+)?(\\.[0-9|x|X|*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?)" + WS + "*$");

    static Comparison parse(String c) {
        if (c.isEmpty()) {
            return new Comparison("", "", SemVersion.parseStrict("0.0.0"), true, false, false);
        }
        Matcher m = SINGLE.matcher(c);
        if (!m.matches()) {
            throw new SemverException("improper constraint: " + GoFmt.sprintf("%q", c));
        }
        String major = m.group(3);
        String minor = nz(m.group(4));
        String patch = nz(m.group(5));
        String pre = nz(m.group(6));
        String ver = m.group(2);
        boolean dirty = false;
        boolean minorDirty = false;
        boolean patchDirty = false;
        if (isX(major)) {
            ver = "0.0.0" + pre;
            dirty = true;
        } else if (minor.isEmpty() || isX(minor.substring(1))) {
            minorDirty = true;
            dirty = true;
            ver = major + ".0.0" + pre;
        } else if (patch.isEmpty() || isX(patch.substring(1))) {
            dirty = true;
            patchDirty = true;
            ver = major + minor + ".0" + pre;
        }
        SemVersion con;
        try {
            con = SemVersion.parse(ver);
        } catch (SemverException e) {
            throw new SemverException("constraint parser error");
        }
        return new Comparison(m.group(1), m.group(2), con, dirty, minorDirty, patchDirty);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean isX(String s) {
        return s.equals("x") || s.equals("X") || s.equals("*");
    }

    /**
     * Null when {@code v} satisfies this comparison, else Masterminds' reason. A prerelease version
     * fails unless {@code includePre} (some comparison of the same AND group has a prerelease).
     */
    String check(SemVersion v, boolean includePre) {
        if (!v.prerelease().isEmpty() && !includePre) {
            return v + PRERELEASE_REASON;
        }
        return switch (op) {
            case "", "=" -> tildeOrEqual(v);
            case "!=" -> notEqual(v);
            case ">" -> greaterThan(v);
            case "<" -> lessThan(v);
            case ">=", "=>" -> greaterThanEqual(v);
            case "<=", "=<" -> lessThanEqual(v);
            case "~", "~>" -> tilde(v);
            case "^" -> caret(v);
            default -> throw new IllegalStateException(op);
        };
    }

    private String notEqual(SemVersion v) {
        if (dirty) {
            if (con.major() != v.major()) {
                return null;
            }
            if (con.minor() != v.minor() && !minorDirty) {
                return null;
            } else if (minorDirty) {
                return v + " is equal to " + orig;
            } else if (con.patch() != v.patch() && !patchDirty) {
                return null;
            } else if (patchDirty) {
                if (!v.prerelease().isEmpty() || !con.prerelease().isEmpty()) {
                    boolean differ = SemVersion.comparePrerelease(v.prerelease(), con.prerelease()) != 0;
                    return differ ? null : v + " is equal to " + orig;
                }
                return v + " is equal to " + orig;
            }
        }
        return v.compareTo(con) == 0 ? v + " is equal to " + orig : null;
    }

    private String greaterThan(SemVersion v) {
        String no = v + " is less than or equal to " + orig;
        if (!dirty) {
            return v.compareTo(con) > 0 ? null : no;
        }
        int majors = Long.compareUnsigned(v.major(), con.major());
        if (majors > 0) {
            return null;
        } else if (majors < 0 || minorDirty) {
            return no;
        } else if (patchDirty) {
            return Long.compareUnsigned(v.minor(), con.minor()) > 0 ? null : no;
        }
        return v.compareTo(con) > 0 ? null : no;
    }

    private String lessThan(SemVersion v) {
        return v.compareTo(con) < 0 ? null : v + " is greater than or equal to " + orig;
    }

    private String greaterThanEqual(SemVersion v) {
        return v.compareTo(con) >= 0 ? null : v + " is less than " + orig;
    }

    private String lessThanEqual(SemVersion v) {
        String no = v + " is greater than " + orig;
        if (!dirty) {
            return v.compareTo(con) <= 0 ? null : no;
        }
        if (Long.compareUnsigned(v.major(), con.major()) > 0) {
            return no;
        } else if (v.major() == con.major() && Long.compareUnsigned(v.minor(), con.minor()) > 0 && !minorDirty) {
            return no;
        }
        return null;
    }

    private String tilde(SemVersion v) {
        if (v.compareTo(con) < 0) {
            return v + " is less than " + orig;
        }
        if (con.major() == 0 && con.minor() == 0 && con.patch() == 0 && !minorDirty && !patchDirty) {
            return null;
        }
        if (v.major() != con.major()) {
            return v + " does not have same major version as " + orig;
        }
        if (v.minor() != con.minor() && !minorDirty) {
            return v + " does not have same major and minor version as " + orig;
        }
        return null;
    }

    private String tildeOrEqual(SemVersion v) {
        if (dirty) {
            return tilde(v);
        }
        return v.compareTo(con) == 0 ? null : v + " is not equal to " + orig;
    }

    private String caret(SemVersion v) {
        if (v.compareTo(con) < 0) {
            return v + " is less than " + orig;
        }
        if (con.major() != 0 || minorDirty) {
            return v.major() == con.major() ? null : v + " does not have same major version as " + orig;
        }
        if (v.major() != 0) {
            return v + " does not have same major version as " + orig;
        }
        if (con.minor() != 0 || patchDirty) {
            return v.minor() == con.minor() ? null : v + " does not have same minor version as " + orig
                    + ". Expected minor versions to match when constraint major version is 0";
        }
        if (v.minor() != 0) {
            return v + " does not have same minor version as " + orig;
        }
        return con.patch() == v.patch() ? null : v + " does not equal " + orig
                + ". Expect version and constraint to equal when major and minor versions are 0";
    }

    @Override
    public String toString() {
        return op + orig;
    }
}
