package io.helm4j.chart;

import java.util.Arrays;

/**
 * Helm's {@code ensureArchive}: a friendly error when the file given as a chart is not a gzip
 * archive, using the content type Go's {@code http.DetectContentType} reports for its first 512
 * bytes (padded with zeros, as Helm's buffer is).
 */
final class ArchiveSniffer {
    private ArchiveSniffer() {
    }

    static void ensureGzip(String name, byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B && head[2] == 8) {
            return;
        }
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            throw new ChartException("file '" + name + "' seems to be a YAML file, but expected a gzipped archive",
                    name, 0, null);
        }
        throw new ChartException("file '" + name + "' does not appear to be a gzipped archive; got '"
                + contentType(Arrays.copyOf(head, 512)) + "'", name, 0, null);
    }

    /** A small part of Go's sniffing: the signatures a mistaken chart argument plausibly has. */
    static String contentType(byte[] buf) {
        if (startsWith(buf, "PK\u0003\u0004")) {
            return "application/zip";
        }
        if (startsWith(buf, "%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(buf, "\u0089PNG\r\n\u001a\n")) {
            return "image/png";
        }
        for (byte b : buf) {
            int c = b & 0xFF;
            if (c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F)) {
                return "application/octet-stream";
            }
        }
        return "text/plain; charset=utf-8";
    }

    private static boolean startsWith(byte[] buf, String sig) {
        for (int i = 0; i < sig.length(); i++) {
            if (i >= buf.length || (buf[i] & 0xFF) != sig.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
