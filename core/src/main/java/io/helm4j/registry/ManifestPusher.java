package io.helm4j.registry;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code PUT /v2/REPO/manifests/TAG} of an OCI image manifest. */
final class ManifestPusher {
    private final RegistryHttp http;

    ManifestPusher(RegistryHttp http) {
        this.http = http;
    }

    void push(OciReference ref, byte[] manifest) {
        String what = "push manifest " + ref.tag() + " to " + ref.name();
        HttpResponse<InputStream> resp = http.send(what, ref.registry(), "repository:" + ref.repository() + ":pull,push",
                auth -> BlobPusher.auth(HttpRequest.newBuilder(http.uri(ref.registry(), ref.repository()
                        + "/manifests/" + ref.tag())).header("Content-Type", ManifestPuller.OCI_MANIFEST)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(manifest)), auth));
        if (resp.statusCode() != 201) {
            throw RegistryHttp.failure(resp);
        }
        RegistryHttp.drain(resp);
    }
}
