package io.helm4j.getter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** URLs go to the getter of their scheme; the other schemes are looked up once, and only when needed. */
class SchemeGettersTest {

    @Test
    void httpNeverLooksUpTheOtherSchemesAndThoseAreLookedUpOnce() {
        AtomicInteger lookups = new AtomicInteger();
        List<String> seen = new CopyOnWriteArrayList<>();
        SchemeGetters g = SchemeGetters.of(o -> url -> {
            seen.add("http " + o.username() + " " + url);
            return new byte[0];
        }, () -> {
            lookups.incrementAndGet();
            return Map.of("s3", o -> url -> (o.username() + "@" + url).getBytes(StandardCharsets.UTF_8));
        });
        HttpOptions o = new HttpOptions("", "me", "", false, "", "", "", false, Getters.DEFAULT_TIMEOUT);
        g.apply(o).get("https://example.com/index.yaml");
        g.apply(o).get("HTTP://example.com/a.tgz");
        assertThat(seen).containsExactly("http me https://example.com/index.yaml", "http me HTTP://example.com/a.tgz");
        assertThat(lookups).hasValue(0);
        assertThat(new String(g.apply(o).get("S3://b/c.tgz"), StandardCharsets.UTF_8)).isEqualTo("me@S3://b/c.tgz");
        assertThatThrownBy(() -> g.apply(o).get("gs://b/c.tgz")).hasMessage("scheme \"gs\" not supported");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void schemesAreReadAsGoReadsThem() {
        assertThat(SchemeGetters.scheme("s3://bucket/x")).isEqualTo("s3");
        assertThat(SchemeGetters.scheme("Plugin-Test+x.y://a")).isEqualTo("plugin-test+x.y");
        assertThat(SchemeGetters.scheme("repo/chart")).isEmpty();
        assertThat(SchemeGetters.scheme("1a://x")).isEmpty();
        assertThat(SchemeGetters.scheme(":x")).isEmpty();
    }
}
