package io.helm4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The API server stand-in of the cluster AOT training as the real one speaks: TLS 1.3 with a server certificate
 * signed by a throwaway CA (RSA 2048, as kube-apiserver's usually are), HTTP/2 chosen by ALPN. It runs in a JVM of
 * its own, started by {@link ClusterAotTraining}, so its server-side classes stay out of the cache; it prints its
 * port and the base64 of its CA's PEM, one a line, and ends when its standard input closes.
 *
 * <p>Just enough HTTP/2 (RFC 9113) for the JDK's client: the preface, SETTINGS with large flow-control windows
 * (so it never has to send WINDOW_UPDATE), PING, HEADERS/CONTINUATION/DATA in, HEADERS/DATA out. Request header
 * blocks are decoded with HPACK (RFC 7541: static table, Huffman strings; the JDK's encoder adds nothing to the
 * dynamic table, which is kept anyway); answers are literal and not Huffman-coded. Build tooling, not a server to
 * rely on.
 */
final class Http2StandIn {
    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DATA = 0x0;
    private static final int HEADERS = 0x1;
    private static final int RST_STREAM = 0x3;
    private static final int SETTINGS = 0x4;
    private static final int PING = 0x6;
    private static final int GOAWAY = 0x7;
    private static final int CONTINUATION = 0x9;
    private static final int END_STREAM = 0x1;
    private static final int END_HEADERS = 0x4;
    private static final int PADDED = 0x8;
    private static final int PRIORITY_FLAG = 0x20;
    private static final int MAX_FRAME = 16384;
    private static final int BIG_WINDOW = 1 << 30;

    private Http2StandIn() {
    }

    public static void main(String[] args) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair caKey = rsa.generateKeyPair();
        KeyPair serverKey = rsa.generateKeyPair();
        X500Name caName = new X500Name("CN=helm4j-aot-training-ca");
        Date from = Date.from(Instant.now().minus(Duration.ofHours(1)));
        Date to = Date.from(Instant.now().plus(Duration.ofDays(2)));
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        JcaX509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, from, to, caName,
                caKey.getPublic());
        // extensions as a kube-apiserver's certificates have them (key usages, key identifiers), so that the
        // handshake's certificate checks train the same classes
        org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils ids = new org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils();
        caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        caBuilder.addExtension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(
                org.bouncycastle.asn1.x509.KeyUsage.digitalSignature | org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment
                        | org.bouncycastle.asn1.x509.KeyUsage.keyCertSign));
        caBuilder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(caKey.getPublic()));
        X509Certificate ca = converter.getCertificate(
                caBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey.getPrivate())));
        JcaX509v3CertificateBuilder serverBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.TWO, from, to,
                new X500Name("CN=kube-apiserver"), serverKey.getPublic());
        serverBuilder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
        serverBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        serverBuilder.addExtension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(
                org.bouncycastle.asn1.x509.KeyUsage.digitalSignature | org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment));
        serverBuilder.addExtension(Extension.extendedKeyUsage, false, new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
                org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_serverAuth));
        serverBuilder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(serverKey.getPublic()));
        serverBuilder.addExtension(Extension.authorityKeyIdentifier, false, ids.createAuthorityKeyIdentifier(ca));
        X509Certificate server = converter.getCertificate(
                serverBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey.getPrivate())));
        char[] pass = "training".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", serverKey.getPrivate(), pass, new java.security.cert.Certificate[] {server, ca});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pass);
        SSLContext tls = SSLContext.getInstance("TLS");
        // the API server asks for a client certificate (one its client CA signed), which a token user does not send
        KeyStore clientCas = KeyStore.getInstance("PKCS12");
        clientCas.load(null, null);
        clientCas.setCertificateEntry("client-ca", ca);
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(clientCas);
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        SSLServerSocket listener = (SSLServerSocket) tls.getServerSocketFactory()
                .createServerSocket(0, 128, InetAddress.getLoopbackAddress());
        SSLParameters params = listener.getSSLParameters();
        params.setApplicationProtocols(new String[] {"h2"});
        params.setWantClientAuth(true);
        // TLS_AES_128_GCM_SHA256 first, as Go's crypto/tls picks it on hardware with AES instructions (the JDK's
        // server would pick TLS_AES_256_GCM_SHA384, and the client's SHA-256 key schedule would stay untrained)
        java.util.List<String> suites = new java.util.ArrayList<>(java.util.List.of(params.getCipherSuites()));
        if (suites.remove("TLS_AES_128_GCM_SHA256")) {
            suites.addFirst("TLS_AES_128_GCM_SHA256");
            params.setCipherSuites(suites.toArray(String[]::new));
            params.setUseCipherSuitesOrder(true);
        }
        listener.setSSLParameters(params);
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        System.out.println(listener.getLocalPort());
        System.out.println(Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII)));
        System.out.flush();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                System.in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the parent is gone either way
            }
            Runtime.getRuntime().halt(0);
        });
        StandInApi api = new StandInApi();
        while (true) {
            Socket s = listener.accept();
            Thread.ofPlatform().daemon().start(() -> {
                try (s) {
                    new Connection((SSLSocket) s, api).serve();
                } catch (IOException | RuntimeException e) {
                    // the client went away, or sent what this stand-in does not know: that connection ends
                }
            });
        }
    }

    /** One HTTP/2 connection, served on the thread that reads it. */
    private static final class Connection {
        private final DataInputStream in;
        private final OutputStream out;
        private final StandInApi api;
        private final Hpack hpack = new Hpack();
        private final Map<Integer, Stream> streams = new HashMap<>();

        Connection(SSLSocket socket, StandInApi api) throws IOException {
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
            this.api = api;
        }

        private static final class Stream {
            final ByteArrayOutputStream headerBlock = new ByteArrayOutputStream();
            final ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> headers;
            boolean ended;
        }

        void serve() throws IOException {
            byte[] preface = new byte[PREFACE.length];
            in.readFully(preface);
            if (!Arrays.equals(preface, PREFACE)) {
                return;
            }
            // initial window size (0x4) and max concurrent streams (0x3), then the connection window opened wide
            frame(SETTINGS, 0, 0, new byte[] {0, 4, 0x40, 0, 0, 0, 0, 3, 0, 0, 0, 100});
            frame(0x8, 0, 0, int32(BIG_WINDOW - 65535));
            Stream continuing = null;
            int continuingId = 0;
            while (true) {
                int length;
                try {
                    length = (in.readUnsignedByte() << 16) | in.readUnsignedShort();
                } catch (EOFException e) {
                    return;
                }
                int type = in.readUnsignedByte();
                int flags = in.readUnsignedByte();
                int id = in.readInt() & 0x7fffffff;
                byte[] payload = new byte[length];
                in.readFully(payload);
                switch (type) {
                    case SETTINGS -> {
                        if ((flags & 1) == 0) {
                            frame(SETTINGS, 1, 0, new byte[0]);
                        }
                    }
                    case PING -> {
                        if ((flags & 1) == 0) {
                            frame(PING, 1, 0, payload);
                        }
                    }
                    case GOAWAY -> {
                        return;
                    }
                    case RST_STREAM -> streams.remove(id);
                    case HEADERS -> {
                        Stream s = streams.computeIfAbsent(id, k -> new Stream());
                        int from = 0;
                        int to = payload.length;
                        if ((flags & PADDED) != 0) {
                            to -= payload[0] & 0xff;
                            from++;
                        }
                        if ((flags & PRIORITY_FLAG) != 0) {
                            from += 5;
                        }
                        s.headerBlock.write(payload, from, to - from);
                        s.ended = (flags & END_STREAM) != 0;
                        if ((flags & END_HEADERS) != 0) {
                            headersDone(id, s);
                        } else {
                            continuing = s;
                            continuingId = id;
                        }
                    }
                    case CONTINUATION -> {
                        if (continuing != null && id == continuingId) {
                            continuing.headerBlock.write(payload);
                            if ((flags & END_HEADERS) != 0) {
                                Stream s = continuing;
                                continuing = null;
                                headersDone(id, s);
                            }
                        }
                    }
                    case DATA -> {
                        Stream s = streams.get(id);
                        if (s != null) {
                            int from = 0;
                            int to = payload.length;
                            if ((flags & PADDED) != 0) {
                                to -= payload[0] & 0xff;
                                from++;
                            }
                            s.body.write(payload, from, to - from);
                            if ((flags & END_STREAM) != 0) {
                                respond(id, s);
                            }
                        }
                    }
                    default -> {
                        // PRIORITY, WINDOW_UPDATE and unknown frames: nothing to do
                    }
                }
            }
        }

        private void headersDone(int id, Stream s) throws IOException {
            s.headers = hpack.decode(s.headerBlock.toByteArray());
            if (s.ended) {
                respond(id, s);
            }
        }

        private void respond(int id, Stream s) throws IOException {
            streams.remove(id);
            String target = s.headers.getOrDefault(":path", "/");
            int q = target.indexOf('?');
            StandInApi.Answer a = api.answer(s.headers.getOrDefault(":method", "GET"),
                    q < 0 ? target : target.substring(0, q), q < 0 ? null : target.substring(q + 1), s.body.toByteArray());
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            literal(block, 8, Integer.toString(a.code())); // :status
            literal(block, 31, "application/json"); // content-type
            literal(block, 28, Integer.toString(a.body().length)); // content-length
            byte[] body = a.body();
            frame(HEADERS, END_HEADERS | (body.length == 0 ? END_STREAM : 0), id, block.toByteArray());
            for (int at = 0; at < body.length; at += MAX_FRAME) {
                int n = Math.min(MAX_FRAME, body.length - at);
                frame(DATA, at + n == body.length ? END_STREAM : 0, id, Arrays.copyOfRange(body, at, at + n));
            }
        }

        /** A literal header field without indexing, its name from the static table, its value a raw string. */
        private static void literal(ByteArrayOutputStream block, int nameIndex, String value) {
            block.write(nameIndex < 15 ? nameIndex : 15);
            if (nameIndex >= 15) {
                block.write(nameIndex - 15);
            }
            byte[] v = value.getBytes(StandardCharsets.US_ASCII);
            block.write(v.length); // short values only: under 127 bytes
            block.write(v, 0, v.length);
        }

        private void frame(int type, int flags, int id, byte[] payload) throws IOException {
            byte[] head = {(byte) (payload.length >>> 16), (byte) (payload.length >>> 8), (byte) payload.length,
                (byte) type, (byte) flags, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id};
            out.write(head);
            out.write(payload);
            out.flush();
        }

        private static byte[] int32(int v) {
            return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        }
    }

    /** An HPACK decoder (RFC 7541): integers, strings (raw or Huffman-coded), the static and dynamic tables. */
    static final class Hpack {
        /** Appendix A: the static table, {@code name} or {@code name=value}. */
        private static final String[] STATIC = {":authority", ":method=GET", ":method=POST", ":path=/",
            ":path=/index.html", ":scheme=http", ":scheme=https", ":status=200", ":status=204", ":status=206",
            ":status=304", ":status=400", ":status=404", ":status=500", "accept-charset",
            "accept-encoding=gzip, deflate", "accept-language", "accept-ranges", "accept",
            "access-control-allow-origin", "age", "allow", "authorization", "cache-control", "content-disposition",
            "content-encoding", "content-language", "content-length", "content-location", "content-range",
            "content-type", "cookie", "date", "etag", "expect", "expires", "from", "host", "if-match",
            "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "last-modified", "link",
            "location", "max-forwards", "proxy-authenticate", "proxy-authorization", "range", "referer", "refresh",
            "retry-after", "server", "set-cookie", "strict-transport-security", "transfer-encoding", "user-agent",
            "vary", "via", "www-authenticate"};

        /** Appendix B: the Huffman code's length for each byte value; the code is canonical, so this defines it. */
        private static final int[] CODE_LENGTHS = {
            13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,
            13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,
            15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5, 6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,
            20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23, 24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24,
            22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23, 21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23,
            26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25, 19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27,
            20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23, 26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26};
        private static final int MAX_LENGTH = 30;
        /** Per code length: the first code of that length, how many there are, and where their symbols start. */
        private static final int[] FIRST = new int[MAX_LENGTH + 1];
        private static final int[] COUNT = new int[MAX_LENGTH + 1];
        private static final int[] OFFSET = new int[MAX_LENGTH + 1];
        private static final int[] SYMBOLS = new int[256];

        static {
            int k = 0;
            for (int len = 1; len <= MAX_LENGTH; len++) {
                OFFSET[len] = k;
                for (int sym = 0; sym < 256; sym++) {
                    if (CODE_LENGTHS[sym] == len) {
                        SYMBOLS[k++] = sym;
                    }
                }
                COUNT[len] = k - OFFSET[len];
            }
            int code = 0;
            for (int len = 1; len <= MAX_LENGTH; len++) {
                FIRST[len] = code;
                code = (code + COUNT[len]) << 1;
            }
        }

        private final List<String[]> dynamic = new ArrayList<>();
        private byte[] block;
        private int pos;

        Map<String, String> decode(byte[] headerBlock) {
            block = headerBlock;
            pos = 0;
            Map<String, String> out = new HashMap<>();
            while (pos < block.length) {
                int b = block[pos] & 0xff;
                if ((b & 0x80) != 0) {
                    String[] e = entry(integer(7));
                    out.put(e[0], e[1]);
                } else if ((b & 0xe0) == 0x20) {
                    integer(5); // dynamic table size update: the table here never needs evicting
                } else {
                    boolean indexing = (b & 0xc0) == 0x40;
                    int index = integer(indexing ? 6 : 4);
                    String name = index == 0 ? string() : entry(index)[0];
                    String value = string();
                    out.put(name, value);
                    if (indexing) {
                        dynamic.addFirst(new String[] {name, value});
                    }
                }
            }
            return out;
        }

        private String[] entry(int index) {
            if (index <= STATIC.length) {
                String e = STATIC[index - 1];
                int eq = e.indexOf('=', 1);
                return eq < 0 ? new String[] {e, ""} : new String[] {e.substring(0, eq), e.substring(eq + 1)};
            }
            return dynamic.get(index - STATIC.length - 1);
        }

        private int integer(int prefixBits) {
            int mask = (1 << prefixBits) - 1;
            int v = block[pos++] & mask;
            if (v < mask) {
                return v;
            }
            int shift = 0;
            int b;
            do {
                b = block[pos++] & 0xff;
                v += (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return v;
        }

        private String string() {
            boolean huffman = (block[pos] & 0x80) != 0;
            int n = integer(7);
            byte[] raw = Arrays.copyOfRange(block, pos, pos + n);
            pos += n;
            return huffman ? huffman(raw) : new String(raw, StandardCharsets.ISO_8859_1);
        }

        /** Canonical Huffman decoding, bit by bit; the padding (at most 7 one bits) is dropped. */
        static String huffman(byte[] raw) {
            StringBuilder sb = new StringBuilder();
            int code = 0;
            int len = 0;
            for (byte value : raw) {
                for (int bit = 7; bit >= 0; bit--) {
                    code = (code << 1) | ((value >>> bit) & 1);
                    len++;
                    if (len <= MAX_LENGTH && code - FIRST[len] < COUNT[len] && code >= FIRST[len]) {
                        sb.append((char) SYMBOLS[OFFSET[len] + code - FIRST[len]]);
                        code = 0;
                        len = 0;
                    }
                }
            }
            return sb.toString();
        }
    }
}
