package io.helm4j.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code GET /v2/REPO/manifests/REF}: the manifest's bytes, checked against the digest asked for or announced. */
final class ManifestPuller {
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final long LIMIT = 4L * 1024 * 1024;

    private final RegistryHttp http;

    ManifestPuller(RegistryHttp http) {
        this.http = http;
    }

    record Pulled(byte[] data, String digest) {
    }

    Pulled pull(OciReference ref) {
        String what = "pull manifest " + ref.manifestReference() + " from " + ref.name();
        try {
            return fetch(ref, what);
        } catch (RegistryException e) {
            throw new RegistryException("failed to perform \"FetchReference\" on source: " + e.getMessage(), e.status());
        }
    }

    private Pulled fetch(OciReference ref, String what) {
        HttpResponse<InputStream> resp = http.send(what, ref.registry(), "repository:" + ref.repository() + ":pull",
                auth -> {
                    HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(ref.registry(), ref.repository()
                            + "/manifests/" + ref.manifestReference())).GET()
                            .header("Accept", OCI_MANIFEST + ", application/vnd.oci.image.index.v1+json");
                    return auth == null ? b : b.header("Authorization", auth);
                });
        if (resp.statusCode() == 404) {
            RegistryHttp.drain(resp);
            throw new RegistryException(ref + ": not found", 404);
        }
        if (resp.statusCode() != 200) {
            throw RegistryHttp.failure(resp);
        }
        String expected = !ref.digest().isEmpty() ? ref.digest()
                : resp.headers().firstValue("Docker-Content-Digest").orElse("");
        try (InputStream in = resp.body()) {
            if (expected.isEmpty()) {
                byte[] data = in.readNBytes((int) LIMIT);
                return new Pulled(data, Digests.of(data));
            }
            return new Pulled(Digests.readVerified(in, expected, -1, LIMIT, what), expected);
        } catch (IOException e) {
            throw new RegistryException(what + ": " + e.getMessage(), e);
        }
    }
}
