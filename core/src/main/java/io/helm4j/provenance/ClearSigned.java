package io.helm4j.provenance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenPGP clear-signed framework (RFC 4880 section 7) as Go's {@code clearsign} package reads and writes
 * it: the text (dash-escaped), the bytes its signature covers (each line without trailing spaces and tabs,
 * lines joined by CRLF, the line break before the signature armor not included) and the armored signature.
 */
record ClearSigned(String hash, String plaintext, byte[] signedBytes, String armoredSignature) {
    static final String BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----";
    static final String BEGIN_SIGNATURE = "-----BEGIN PGP SIGNATURE-----";

    /** The bytes a signature over {@code text} covers, as the text will be framed by {@link #encode}. */
    static byte[] canonical(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append("\r\n");
            }
            b.append(stripTrailing(lines[i]));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The clear-signed document: header, the dash-escaped text, a line break, then the armored signature
     * (as Helm 4 writes it, with no line break after its END line).
     */
    static String encode(String hashName, String text, String armoredSignature) {
        StringBuilder b = new StringBuilder(BEGIN).append("\nHash: ").append(hashName).append("\n\n");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append('\n');
            }
            if (lines[i].startsWith("-")) {
                b.append("- ");
            }
            b.append(lines[i]);
        }
        b.append('\n').append(armoredSignature);
        return b.toString();
    }

    /** Reads a clear-signed document; one that is not one is {@code signature block not found}. */
    static ClearSigned decode(byte[] data) {
        String doc = new String(data, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(doc.split("\n", -1)));
        lines.replaceAll(ClearSigned::chomp);
        int i = 0;
        while (i < lines.size() && !lines.get(i).equals(BEGIN)) {
            i++;
        }
        i++;
        String hash = "MD5";
        for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String h = lines.get(i);
            if (!h.contains(": ")) {
                throw notFound();
            }
            if (h.startsWith("Hash: ")) {
                hash = h.substring("Hash: ".length()).trim();
            }
        }
        if (i >= lines.size()) {
            throw notFound();
        }
        i++;
        List<String> text = new ArrayList<>();
        for (; i < lines.size() && !lines.get(i).startsWith(BEGIN_SIGNATURE); i++) {
            String line = lines.get(i);
            text.add(line.startsWith("- ") ? line.substring(2) : line);
        }
        if (i >= lines.size()) {
            throw notFound();
        }
        String armor = String.join("\n", lines.subList(i, lines.size()));
        if (!armor.contains("-----END PGP SIGNATURE-----")) {
            throw notFound();
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        StringBuilder plain = new StringBuilder();
        for (int k = 0; k < text.size(); k++) {
            if (k > 0) {
                signed.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            signed.writeBytes(stripTrailing(text.get(k)).getBytes(StandardCharsets.UTF_8));
            plain.append(text.get(k)).append('\n');
        }
        return new ClearSigned(hash, plain.toString(), signed.toByteArray(), armor);
    }

    private static ProvenanceException notFound() {
        return new ProvenanceException("signature block not found");
    }

    private static String chomp(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }
}
