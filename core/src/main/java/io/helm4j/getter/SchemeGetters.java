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
 *
 * <p>A {@link Getter} it hands out keeps one getter per scheme for all its URLs (so the HTTP getter's client and
 * connections serve every download of one repository), and reports each download by another scheme as
 * {@link io.helm4j.events.Event.Transfer} events into its sink (a plugin hands the bytes over at once: a first
 * event when the download starts, a last one with the size when it ends), as the HTTP getter reports its own.
 */
public final class SchemeGetters implements Function<HttpOptions, Getter> {
    private final Function<HttpOptions, Getter> http;
    private final Supplier<Map<String, Function<HttpOptions, Getter>>> others;
    private final io.helm4j.events.EventSink events;
    private volatile Map<String, Function<HttpOptions, Getter>> found;

    private SchemeGetters(Function<HttpOptions, Getter> http, Supplier<Map<String, Function<HttpOptions, Getter>>> others,
            io.helm4j.events.EventSink events) {
        this.http = Objects.requireNonNull(http, "http");
        this.others = Objects.requireNonNull(others, "others");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Helm's built-in http(s) getter and nothing else. */
    public static SchemeGetters httpOnly() {
        return of(HttpGetter::new, Map::of);
    }

    /** Helm's built-in http(s) getter and nothing else, reporting downloads into {@code events}. */
    public static SchemeGetters httpOnly(io.helm4j.events.EventSink events) {
        return of(o -> new HttpGetter(o, events), Map::of, events);
    }

    /**
     * {@code http} for http(s) URLs and, for other schemes, the getters {@code others} gives (asked once, on the
     * first URL with another scheme; its keys are lower-case schemes).
     */
    public static SchemeGetters of(Function<HttpOptions, Getter> http,
            Supplier<Map<String, Function<HttpOptions, Getter>>> others) {
        return new SchemeGetters(http, others, io.helm4j.events.EventSink.discard());
    }

    /** As {@link #of(Function, Supplier)}, downloads by the other schemes reported into {@code events}. */
    public static SchemeGetters of(Function<HttpOptions, Getter> http,
            Supplier<Map<String, Function<HttpOptions, Getter>>> others, io.helm4j.events.EventSink events) {
        return new SchemeGetters(http, others, events);
    }

    @Override
    public Getter apply(HttpOptions options) {
        Map<String, Getter> made = new java.util.concurrent.ConcurrentHashMap<>();
        return new Getter() {
            @Override
            public byte[] get(String url) {
                String s = scheme(url);
                Getter g = made.computeIfAbsent(s, x -> forScheme(x).apply(options));
                return isHttp(s) ? g.get(url) : metered(g, url);
            }

            @Override
            public void getTo(String url, java.nio.file.Path file) {
                String s = scheme(url);
                if (isHttp(s)) {
                    made.computeIfAbsent(s, x -> forScheme(x).apply(options)).getTo(url, file);
                } else {
                    Getter.super.getTo(url, file);
                }
            }
        };
    }

    private byte[] metered(Getter g, String url) {
        io.helm4j.internal.content.TransferMeter meter = new io.helm4j.internal.content.TransferMeter(events,
                "download", url, -1);
        meter.add(0);
        try {
            byte[] data = g.get(url);
            meter.total(data.length);
            meter.add(data.length);
            return data;
        } finally {
            meter.done();
        }
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
