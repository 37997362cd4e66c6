package io.helm4j.registry;

import io.helm4j.events.EventSink;
import io.helm4j.internal.content.TransferMeter;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code GET /v2/REPO/blobs/DIGEST}: the blob, its digest and size checked while it streams. */
final class BlobPuller {
    private final RegistryHttp http;
    private final long limit;
    private final EventSink events;

    BlobPuller(RegistryHttp http, long limit, EventSink events) {
        this.http = http;
        this.limit = limit;
        this.events = events;
    }

    byte[] pull(OciReference repo, Descriptor d) {
        String what = "pull blob " + d.digest() + " from " + repo.name();
        HttpResponse<InputStream> resp = http.send(what, repo.registry(), "repository:" + repo.repository() + ":pull",
                auth -> {
                    HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(repo.registry(), repo.repository()
                            + "/blobs/" + d.digest())).GET();
                    return auth == null ? b : b.header("Authorization", auth);
                });
        if (resp.statusCode() != 200) {
            throw RegistryHttp.failure(resp);
        }
        TransferMeter meter = new TransferMeter(events, "download", repo.name() + "@" + d.digest(), d.size());
        try (InputStream in = resp.body()) {
            return Digests.readVerified(in, d.digest(), d.size(), limit, what, meter);
        } catch (IOException e) {
            throw new RegistryException(what + ": " + e.getMessage(), e);
        } finally {
            meter.done();
        }
    }
}
