package io.helm4j.registry;

import io.helm4j.yaml.GoYaml;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code GET /v2/REPO/tags/list}, following the {@code Link: <...>; rel="next"} pages. */
final class TagLister {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private final RegistryHttp http;

    TagLister(RegistryHttp http) {
        this.http = http;
    }

    List<String> list(OciReference repo) {
        String what = "list tags of " + repo.name();
        List<String> tags = new ArrayList<>();
        URI uri = http.uri(repo.registry(), repo.repository() + "/tags/list");
        while (uri != null) {
            URI page = uri;
            HttpResponse<InputStream> resp = http.send(what, repo.registry(), "repository:" + repo.repository()
                    + ":pull", auth -> BlobPusher.auth(HttpRequest.newBuilder(page).GET(), auth));
            if (resp.statusCode() != 200) {
                throw RegistryHttp.failure(resp);
            }
            Object list = GoYaml.fromJsonObject(new String(RegistryHttp.read(resp), StandardCharsets.UTF_8)).get("tags");
            if (list instanceof List<?> l) {
                l.forEach(t -> tags.add(String.valueOf(t)));
            }
            Matcher m = NEXT.matcher(resp.headers().firstValue("Link").orElse(""));
            uri = m.find() ? page.resolve(m.group(1)) : null;
        }
        return tags;
    }
}
