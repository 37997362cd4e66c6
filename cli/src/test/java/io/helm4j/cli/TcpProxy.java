package io.helm4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy on a loopback port to a target, for fault tests: {@link #cut} closes every connection and stops
 * listening (new connections are refused), as an API server that went away; {@link #restore} listens again on
 * the same port. Bytes are copied as they are, so TLS goes through untouched.
 */
final class TcpProxy implements AutoCloseable {
    private final String host;
    private final int targetPort;
    private final List<Socket> open = new ArrayList<>();
    private ServerSocket server;
    private int port;

    TcpProxy(String host, int targetPort) throws IOException {
        this.host = host;
        this.targetPort = targetPort;
        listen(0);
    }

    int port() {
        return port;
    }

    private synchronized void listen(int at) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), at));
        server = s;
        port = s.getLocalPort();
        Thread.ofVirtual().start(() -> accept(s));
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                Socket target = new Socket(host, targetPort);
                synchronized (this) {
                    open.add(client);
                    open.add(target);
                }
                Thread.ofVirtual().start(() -> pump(client, target));
                Thread.ofVirtual().start(() -> pump(target, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // a cut connection
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    /** Every connection closed and the port no longer listening. */
    synchronized void cut() {
        close(server);
        open.forEach(TcpProxy::close);
        open.clear();
    }

    /** Listening again, on the same port. */
    void restore() throws IOException {
        listen(port);
    }

    @Override
    public void close() {
        cut();
    }
}
