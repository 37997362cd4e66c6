package io.helm4j.kube.jdk;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 to one API server over a few kept-alive TLS connections (plain sockets for an {@code http://} server), the
 * transport of a connection without a proxy. Each request takes an idle connection, or opens one while fewer than
 * {@link #MAX_CONNECTIONS} are open, or waits for one; the API server answers each connection's requests one after
 * the other, so up to that many are served at once.
 *
 * <p>Why not the JDK's HttpClient over HTTP/2 (what {@link KubeHttp} used before, and still uses behind a proxy): a
 * cluster command is a cold, short process, and the HttpClient's reactive plumbing (futures, schedulers, flow
 * delegates, HPACK) runs interpreted for most of its requests. Measured on 200 server-side applies from a cold JVM, this
 * transport spent about half the client CPU of the HttpClient's (bench/README.md, issue 13), the TLS handshakes of its
 * further connections included (resumed from the first's session).
 *
 * <p>A request that fails on a reused connection before any byte of its answer came back (the server closed an idle
 * connection as the request went out) is sent once more on a new connection; nothing of it was processed. Answers are
 * read by {@code Content-Length}, chunked, or to the end of the connection; no compression is asked for.
 */
final class Http1Transport implements AutoCloseable {
    /** Connections open at most at once: enough to keep a 2-core API server busy, few enough handshakes. */
    static final int MAX_CONNECTIONS = 8;
    private static final int CONNECT_TIMEOUT_MS = 30_000;

    /** An answer: its status, its text, the values of its {@code Warning} headers. */
    record Reply(int status, String body, List<String> warnings) {
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private final SSLSocketFactory tls;
    private final SSLParameters params;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final ArrayDeque<Conn> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;

    /** For {@code server} ({@code https://} through {@code ctx}, whose default parameters each handshake uses). */
    Http1Transport(URI server, SSLContext ctx) {
        boolean https = !"http".equalsIgnoreCase(server.getScheme());
        String h = server.getHost();
        this.host = h.startsWith("[") ? h.substring(1, h.length() - 1) : h;
        int defaultPort = https ? 443 : 80;
        this.port = server.getPort() > 0 ? server.getPort() : defaultPort;
        this.hostHeader = server.getPort() > 0 && server.getPort() != defaultPort ? h + ":" + server.getPort() : h;
        this.tls = https ? ctx.getSocketFactory() : null;
        this.params = https ? ctx.getDefaultSSLParameters() : null;
    }

    /**
     * Sends one request: {@code target} is the path and query, {@code headers} name/value pairs (no Host, no
     * Content-Length), {@code body} null for none.
     */
    Reply send(String method, String target, List<String> headers, byte[] body) throws IOException {
        byte[] head = head(method, target, headers, body);
        Conn c = acquire(false);
        boolean reused = c.requests > 0;
        try {
            return exchange(c, method, head, body);
        } catch (StaleConnection e) {
            if (!reused) {
                throw e.getCause();
            }
        }
        try {
            return exchange(acquire(true), method, head, body);
        } catch (StaleConnection e) {
            throw e.getCause();
        }
    }

    private Reply exchange(Conn c, String method, byte[] head, byte[] body) throws IOException, StaleConnection {
        boolean keep = false;
        try {
            Reply r = c.exchange(method, head, body);
            keep = c.keepAlive;
            return r;
        } finally {
            release(c, keep);
        }
    }

    private byte[] head(String method, String target, List<String> headers, byte[] body) {
        StringBuilder sb = new StringBuilder(256).append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ")
                .append(hostHeader).append("\r\n");
        for (int i = 0; i < headers.size(); i += 2) {
            sb.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        if (body != null) {
            sb.append("Content-Length: ").append(body.length).append("\r\n");
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            sb.append("Content-Length: 0\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An idle connection (unless {@code fresh}), a new one while fewer than the maximum are open, or the next freed. */
    private Conn acquire(boolean fresh) throws IOException {
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new IOException("connection closed");
                }
                if (!fresh && !idle.isEmpty()) {
                    return idle.pop();
                }
                if (fresh && !idle.isEmpty()) {
                    idle.pop().close(); // as old as the one that went stale
                    open--;
                }
                if (open < MAX_CONNECTIONS) {
                    open++;
                    break;
                }
                freed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
        try {
            return connect();
        } catch (IOException | RuntimeException e) {
            lock.lock();
            try {
                open--;
                freed.signal();
            } finally {
                lock.unlock();
            }
            throw e;
        }
    }

    private void release(Conn c, boolean keep) {
        lock.lock();
        try {
            if (keep && !closed) {
                idle.push(c);
            } else {
                c.close();
                open--;
            }
            freed.signal();
        } finally {
            lock.unlock();
        }
    }

    private Conn connect() throws IOException {
        Socket raw = new Socket();
        try {
            raw.setTcpNoDelay(true);
            try {
                raw.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            } catch (SocketTimeoutException e) {
                HttpConnectTimeoutException t = new HttpConnectTimeoutException("HTTP connect timed out");
                t.initCause(e);
                throw t;
            }
            if (tls == null) {
                return new Conn(raw);
            }
            SSLSocket s = (SSLSocket) tls.createSocket(raw, host, port, true);
            s.setSSLParameters(params);
            s.startHandshake();
            return new Conn(s);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            while (!idle.isEmpty()) {
                idle.pop().close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The request could not be sent, or its connection ended before any byte of the answer: nothing was done. */
    private static final class StaleConnection extends Exception {
        StaleConnection(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** One connection, used by one request at a time. */
    private static final class Conn {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buf = new byte[16384];
        private int pos;
        private int lim;
        int requests;
        boolean keepAlive;

        Conn(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        Reply exchange(String method, byte[] head, byte[] body) throws IOException, StaleConnection {
            requests++;
            keepAlive = false;
            try {
                if (body == null || head.length + body.length > 65536) {
                    out.write(head);
                    if (body != null) {
                        out.write(body);
                    }
                } else { // one write, so the request usually goes in one TLS record
                    byte[] all = new byte[head.length + body.length];
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(body, 0, all, head.length, body.length);
                    out.write(all);
                }
                out.flush();
                if (!fill()) {
                    throw new EOFException("connection closed before the answer");
                }
            } catch (IOException e) {
                throw new StaleConnection(e);
            }
            String status = line();
            while (true) {
                int code = statusCode(status);
                List<String> warnings = new ArrayList<>(0);
                long length = -1;
                boolean chunked = false;
                boolean close = status.startsWith("HTTP/1.0");
                for (String l = line(); !l.isEmpty(); l = line()) {
                    int colon = l.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String name = l.substring(0, colon).trim();
                    String value = l.substring(colon + 1).trim();
                    if (name.equalsIgnoreCase("content-length")) {
                        length = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("transfer-encoding")) {
                        chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
                    } else if (name.equalsIgnoreCase("connection")) {
                        String v = value.toLowerCase(java.util.Locale.ROOT);
                        close = v.contains("close") || close && !v.contains("keep-alive");
                    } else if (name.equalsIgnoreCase("warning")) {
                        warnings.add(value);
                    }
                }
                if (code >= 100 && code < 200) { // an interim answer (100 Continue): the real one follows
                    status = line();
                    continue;
                }
                String text;
                if (method.equals("HEAD") || code == 204 || code == 304) {
                    text = "";
                } else if (chunked) {
                    text = chunked();
                } else if (length >= 0) {
                    text = new String(bytes(length), StandardCharsets.UTF_8);
                } else {
                    text = new String(toEnd(), StandardCharsets.UTF_8);
                    close = true;
                }
                keepAlive = !close;
                return new Reply(code, text, warnings);
            }
        }

        private static int statusCode(String status) throws IOException {
            if (!status.startsWith("HTTP/1.") || status.length() < 12) {
                throw new IOException("malformed HTTP response \"" + status + "\"");
            }
            try {
                return Integer.parseInt(status, 9, 12, 10);
            } catch (NumberFormatException e) {
                throw new IOException("malformed HTTP status code \"" + status + "\"");
            }
        }

        private boolean fill() throws IOException {
            if (pos < lim) {
                return true;
            }
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        }

        private String line() throws IOException {
            StringBuilder sb = null;
            while (true) {
                if (!fill()) {
                    throw new EOFException("unexpected EOF");
                }
                int start = pos;
                int i = start;
                while (i < lim && buf[i] != '\n') {
                    i++;
                }
                if (i < lim) {
                    int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                    pos = i + 1;
                    String part = new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
                    if (sb == null) {
                        return part;
                    }
                    sb.append(part);
                    int n = sb.length();
                    if (n > 0 && sb.charAt(n - 1) == '\r') {
                        sb.setLength(n - 1);
                    }
                    return sb.toString();
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(new String(buf, start, lim - start, StandardCharsets.ISO_8859_1));
                pos = lim;
                if (sb.length() > 1 << 20) {
                    throw new IOException("HTTP header line too long");
                }
            }
        }

        private byte[] bytes(long length) throws IOException {
            if (length > Integer.MAX_VALUE - 16) {
                throw new IOException("answer too large: " + length + " bytes");
            }
            byte[] out = new byte[(int) length];
            int have = Math.min(lim - pos, out.length);
            System.arraycopy(buf, pos, out, 0, have);
            pos += have;
            int n = in.readNBytes(out, have, out.length - have);
            if (have + n < out.length) {
                throw new EOFException("unexpected EOF");
            }
            return out;
        }

        private String chunked() throws IOException {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            while (true) {
                String size = line();
                int semi = size.indexOf(';');
                long n;
                try {
                    n = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("malformed chunk size \"" + size + "\"");
                }
                if (n == 0) {
                    while (!line().isEmpty()) { // trailers
                    }
                    return body.toString(StandardCharsets.UTF_8);
                }
                body.write(bytes(n));
                line();
            }
        }

        private byte[] toEnd() throws IOException {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(buf, pos, lim - pos);
            pos = lim;
            in.transferTo(body);
            return body.toByteArray();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
