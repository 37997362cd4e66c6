package io.helm4j.dependency;

import java.net.URI;
import java.net.URISyntaxException;

/** Helm's {@code urlutil.Equal}: two URLs with their paths cleaned (an empty path is {@code /}). */
final class UrlCompare {
    private UrlCompare() {
    }

    static boolean equal(String a, String b) {
        String ca = canonical(a);
        String cb = canonical(b);
        if (ca == null) {
            return io.helm4j.gostd.Paths.clean(a).equals(io.helm4j.gostd.Paths.clean(b));
        }
        return ca.equals(cb);
    }

    private static String canonical(String s) {
        try {
            URI u = new URI(s);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            path = io.helm4j.gostd.Paths.clean(path);
            StringBuilder b = new StringBuilder();
            if (u.getScheme() != null) {
                b.append(u.getScheme()).append(':');
            }
            if (u.getRawAuthority() != null) {
                b.append("//").append(u.getRawAuthority());
            }
            b.append(path);
            if (u.getRawQuery() != null) {
                b.append('?').append(u.getRawQuery());
            }
            if (u.getRawFragment() != null) {
                b.append('#').append(u.getRawFragment());
            }
            return b.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Helm's {@code repo.ResolveReferenceURL}: a chart URL from the index, relative to the repository URL. */
    static String resolve(String repoUrl, String chartUrl) {
        try {
            URI ref = new URI(chartUrl);
            if (ref.isAbsolute()) {
                return chartUrl;
            }
            URI base = new URI(repoUrl);
            String path = base.getRawPath() == null ? "" : base.getRawPath();
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            URI withSlash = new URI(base.getScheme(), base.getRawAuthority(), path, null, null);
            return new URI(withSlash.toString()).resolve(ref).toString()
                    + (base.getRawQuery() != null && ref.getRawQuery() == null ? "?" + base.getRawQuery() : "");
        } catch (URISyntaxException e) {
            throw new io.helm4j.Helm4jException("failed to parse " + chartUrl + " as URL: " + e.getMessage(), e);
        }
    }
}
