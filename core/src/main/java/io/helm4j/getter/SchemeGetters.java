package io.helm4j.getter;

import io.helm4j.Helm4jException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Helm's {@code getter.Providers} with each repository's options: for some {@link HttpOptions}, a {@link Getter}
 * that serves every URL by its scheme. {@code http} and {@code https} go to the HTTP getter (Helm's built-ins come
 * first, so no plugin takes them over); any other scheme to the getter a {@code getter/v1} plugin declares for it
 * ({@code s3://}, {@code gs://}...), else Helm's error {@code scheme "s3" not supported}.
 *
 * <p>The other schemes are looked up once, and only when a URL with one of them is fetched: a download over
 * http(s) never reads the plugins directory. This is the seam the downloader, the repositories and the dependency
 * manager take ({@code Function<HttpOptions, Getter>}); {@code io.helm4j.plugin.PluginGetters} builds the plugins'
 * part.
 */
public final class SchemeGetters implements Function<HttpOptions, Getter> {
    private final Function<HttpOptions, Getter> http;
    private final Supplier<Map<String, Function<HttpOptions, Getter>>> others;
    private volatile Map<String, Function<HttpOptions, Getter>> found;

    private SchemeGetters(Function<HttpOptions, Getter> http, Supplier<Map<String, Function<HttpOptions, Getter>>> others) {
        this.http = Objects.requireNonNull(http, "http");
        this.others = Objects.requireNonNull(others, "others");
    }

    /** Helm's built-in http(s) getter and nothing else. */
    public static SchemeGetters httpOnly() {
        return of(HttpGetter::new, Map::of);
    }

    /**
     * {@code http} for http(s) URLs and, for other schemes, the getters {@code others} gives (asked once, on the
     * first URL with another scheme; its keys are lower-case schemes).
     */
    public static SchemeGetters of(Function<HttpOptions, Getter> http,
            Supplier<Map<String, Function<HttpOptions, Getter>>> others) {
        return new SchemeGetters(http, others);
    }

    @Override
    public Getter apply(HttpOptions options) {
        return url -> forScheme(scheme(url)).apply(options).get(url);
    }

    /** True when a getter serves {@code scheme} (Helm's {@code ByScheme} finding a provider). */
    public boolean supports(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        return isHttp(s) || others().containsKey(s);
    }

    /** The getter for {@code scheme}, or Helm's {@code scheme "S" not supported}. */
    public Function<HttpOptions, Getter> forScheme(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        if (isHttp(s)) {
            return http;
        }
        Function<HttpOptions, Getter> g = others().get(s);
        if (g == null) {
            throw new Helm4jException("scheme \"" + scheme + "\" not supported");
        }
        return g;
    }

    /** The scheme of a URL as Go's {@code url.Parse} reads it (before the first {@code :}), or "" without one. */
    public static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String s = url.substring(0, colon);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.isLetter(c) || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
            if (!ok || c > 127) {
                return "";
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isHttp(String s) {
        return s.equals("http") || s.equals("https");
    }

    private Map<String, Function<HttpOptions, Getter>> others() {
        Map<String, Function<HttpOptions, Getter>> m = found;
        if (m == null) {
            synchronized (this) {
                m = found;
                if (m == null) {
                    m = Map.copyOf(others.get());
                    found = m;
                }
            }
        }
        return m;
    }
}
