package io.helm4j.registry;

import io.helm4j.events.EventSink;
import io.helm4j.internal.content.TransferMeter;
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
    private final EventSink events;

    BlobPusher(RegistryHttp http, EventSink events) {
        this.http = http;
        this.events = events;
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
        TransferMeter meter = new TransferMeter(events, "upload", repo.name() + "@" + d.digest(), data.length);
        HttpResponse<InputStream> done;
        try {
            done = http.send(what, repo.registry(), scope,
                    auth -> auth(HttpRequest.newBuilder(put).header("Content-Type", "application/octet-stream")
                            .PUT(metered(data, meter)), auth));
        } finally {
            meter.done();
        }
        if (done.statusCode() != 201) {
            throw RegistryHttp.failure(done);
        }
        RegistryHttp.drain(done);
    }

    /**
     * The blob as a body of known length handed to the client in {@link TransferMeter#STEP}-sized chunks, each
     * counted on {@code meter} as the client takes it (a request sent again after an auth challenge counts again).
     */
    static HttpRequest.BodyPublisher metered(byte[] data, TransferMeter meter) {
        if (data.length == 0) {
            return HttpRequest.BodyPublishers.noBody();
        }
        int step = (int) TransferMeter.STEP;
        Iterable<byte[]> chunks = () -> new java.util.Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() {
                return at < data.length;
            }

            @Override
            public byte[] next() {
                int n = Math.min(step, data.length - at);
                byte[] chunk = java.util.Arrays.copyOfRange(data, at, at + n);
                at += n;
                meter.add(n);
                return chunk;
            }
        };
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(chunks), data.length);
    }

    static HttpRequest.Builder auth(HttpRequest.Builder b, String auth) {
        return auth == null ? b : b.header("Authorization", auth);
    }
}
