package io.helm4j.registry;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Uploads a blob unless the registry has it ({@code HEAD /v2/REPO/blobs/DIGEST}): {@code POST
 * /v2/REPO/blobs/uploads/}, then one {@code PUT} of the whole blob to the returned location with its digest.
 */
final class BlobPusher {
    private final RegistryHttp http;

    BlobPusher(RegistryHttp http) {
        this.http = http;
    }

    void push(OciReference repo, Descriptor d, byte[] data) {
        String what = "push blob " + d.digest() + " to " + repo.name();
        String scope = "repository:" + repo.repository() + ":pull,push";
        HttpResponse<InputStream> head = http.send("check blob " + d.digest() + " in " + repo.name(), repo.registry(),
                scope, auth -> auth(HttpRequest.newBuilder(http.uri(repo.registry(), repo.repository() + "/blobs/"
                        + d.digest())).method("HEAD", HttpRequest.BodyPublishers.noBody()), auth));
        RegistryHttp.drain(head);
        if (head.statusCode() == 200) {
            return;
        }
        HttpResponse<InputStream> start = http.send(what, repo.registry(), scope,
                auth -> auth(HttpRequest.newBuilder(http.uri(repo.registry(), repo.repository() + "/blobs/uploads/"))
                        .POST(HttpRequest.BodyPublishers.noBody()), auth));
        if (start.statusCode() != 202) {
            throw RegistryHttp.failure(start);
        }
        RegistryHttp.drain(start);
        String location = start.headers().firstValue("Location")
                .orElseThrow(() -> new RegistryException(what + ": the registry gave no upload location"));
        URI upload = start.uri().resolve(location);
        String sep = upload.getRawQuery() == null ? "?" : "&";
        URI put = URI.create(upload + sep + "digest=" + d.digest().replace(":", "%3A"));
        HttpResponse<InputStream> done = http.send(what, repo.registry(), scope,
                auth -> auth(HttpRequest.newBuilder(put).header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(data)), auth));
        if (done.statusCode() != 201) {
            throw RegistryHttp.failure(done);
        }
        RegistryHttp.drain(done);
    }

    static HttpRequest.Builder auth(HttpRequest.Builder b, String auth) {
        return auth == null ? b : b.header("Authorization", auth);
    }
}
