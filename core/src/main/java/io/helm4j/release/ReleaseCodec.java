package io.helm4j.release;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * A release record in the form Helm stores it ({@code pkg/storage/driver/util.go}): the release's
 * JSON exactly as Go's encoding/json marshals Helm's structs ({@link #toJson}), gzipped at the best
 * compression with Go's gzip header (no name, mtime 0, XFL 2, OS 255), then base64 (standard,
 * padded, one line): {@link #encode}. That text is a ConfigMap's {@code data.release}, and the
 * bytes of a Secret's {@code data.release} (which the API shows base64-encoded once more), and an
 * SQL row's {@code body}. {@link #decode} accepts, as Helm does, a gzipped or a plain JSON payload.
 */
public final class ReleaseCodec {
    private ReleaseCodec() {
    }

    /** json.Marshal of the release, as Helm 4 (or Helm 3, by the record's format) writes it. */
    public static String toJson(Release release) {
        return ReleaseJsonWriter.write(release);
    }

    /** A chart's dependencies as Go's {@code json.Marshal} writes Helm's {@code []*chart.Dependency}. */
    public static String dependenciesJson(java.util.List<io.helm4j.chart.Dependency> deps) {
        StringBuilder b = new StringBuilder();
        ChartJson.dependencies(b, deps);
        return b.toString();
    }

    /** json.Marshal of a chart's {@code chart.Metadata} (Go's field order, omitempty): what an OCI chart's config holds. */
    public static String metadataJson(io.helm4j.chart.Metadata metadata) {
        StringBuilder b = new StringBuilder();
        ChartJson.metadata(b, metadata);
        return b.toString();
    }

    /** json.Unmarshal of a release record's JSON; throws {@link ReleaseCodecException} when it is not one. */
    public static Release fromJson(String json) {
        return ReleaseJsonReader.read(json);
    }

    /** Helm's {@code encodeRelease}: base64 of the gzipped JSON. */
    public static String encode(Release release) {
        byte[] json = toJson(release).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(gzip(json));
    }

    /** Helm's {@code decodeRelease}: base64, then gunzip when the bytes start with gzip's magic, then JSON. */
    public static Release decode(String payload) {
        byte[] b;
        try {
            b = Base64.getDecoder().decode(payload.replace("\r", "").replace("\n", ""));
        } catch (IllegalArgumentException e) {
            throw new ReleaseCodecException("illegal base64 data in release payload: " + e.getMessage(), e);
        }
        if (b.length > 3 && b[0] == 0x1f && b[1] == (byte) 0x8b && b[2] == 8) {
            b = gunzip(b);
        }
        return fromJson(new String(b, StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        // Go's compress/gzip header at BestCompression: magic, deflate, no flags, mtime 0, XFL 2, OS 255
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff});
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        littleEndian(out, (int) crc.getValue());
        littleEndian(out, data.length);
        return out.toByteArray();
    }

    private static void littleEndian(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    private static byte[] gunzip(byte[] b) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ReleaseCodecException("gzip: " + e.getMessage(), e);
        }
    }
}
