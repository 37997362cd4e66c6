package io.helm4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training of the cluster commands' AOT cache ({@code AotTraining --cluster CHART}): a release's life
 * (install, list, status, get, history, upgrade, uninstall) against a stand-in API server on loopback, so the
 * Kubernetes client, the JDK's HttpClient, JSON, release storage and the actions' classes are in the cache those
 * commands start with. The stand-in ({@link Http2StandIn}, in a JVM of its own so that its server-side classes stay
 * out of the cache) speaks as a real API server does: TLS 1.3 with a certificate from a CA that the kubeconfig names,
 * HTTP/2, a bearer token; so the handshake, certificate path validation and HTTP/2's classes are cached too. When it
 * cannot be started, a plain-HTTP stand-in in this JVM trains the rest.
 */
final class ClusterAotTraining {
    /** A throwaway self-signed CA certificate (no key anywhere): the plain-HTTP stand-in's kubeconfig names it. */
    private static final String CA = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrakNDQVRtZ0F3SUJBZ0lVQnJYMlYxSm4wZVdqcVFMOWFOb1YzN2g1Uk9zd0NnWUlLb1pJemowRUF3SXcKSGpFY01Cb0dBMVVFQXd3VGFHVnNiVFJxTFdGdmRDMTBjbUZwYm1sdVp6QWdGdzB5TmpFeU1EY3hOalV4TURWYQpHQTh5TVRJMk1URXhNekUyTlRFd05Wb3dIakVjTUJvR0ExVUVBd3dUYUdWc2JUUnFMV0Z2ZEMxMGNtRnBibWx1Clp6QlpNQk1HQnlxR1NNNDlBZ0VHQ0NxR1NNNDlBd0VIQTBJQUJGaXNWZ0JXckMwZGJpMmVtTVNqYWQwZkE0M3gKUmg1TTJ5bUptM3hBK0dYajU1eTJtMUdnN0RacUV2R2JuZ043MlBOM1hnSWlZVnlJUkowUjJDdjRuK1dqVXpCUgpNQjBHQTFVZERnUVdCQlFhYVF5VWt2eHBaaUxwdFk4ZHRMMnhnZHQxSmpBZkJnTlZIU01FR0RBV2dCUWFhUXlVCmt2eHBaaUxwdFk4ZHRMMnhnZHQxSmpBUEJnTlZIUk1CQWY4RUJUQURBUUgvTUFvR0NDcUdTTTQ5QkFNQ0EwY0EKTUVRQ0lETTY3T2h0YXlTZFNSejJMNUpVOGc5eGtHb20wQ0lsMGh4MUp3QlFDLzFiQWlCcGtwNVVhQmsyK1pmUwpOazNxN0tzZXNhUy9OdlJjZFBLcUJNVklqT0krU2c9PQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==";

    private ClusterAotTraining() {
    }

    /** The command lines to run against the stand-in, and the context that points them at it. */
    static void run(CliContext base, String chart, java.util.function.BiConsumer<CliContext, List<String[]>> runner) {
        Path home;
        try {
            home = Files.createTempDirectory("helm4j-aot-cluster");
        } catch (IOException e) {
            return; // no cluster training then
        }
        Process tls = startTlsStandIn();
        HttpServer plain = null;
        try {
            String server;
            String ca;
            String[] answer = tls == null ? null : readAddress(tls);
            if (answer != null) {
                server = "https://127.0.0.1:" + answer[0];
                ca = answer[1];
            } else {
                StandInApi api = new StandInApi();
                plain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                plain.createContext("/", x -> handle(api, x));
                plain.start();
                server = "http://127.0.0.1:" + plain.getAddress().getPort();
                ca = CA;
            }
            Path kubeconfig = home.resolve("kubeconfig");
            Files.writeString(kubeconfig, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                    - name: training
                      cluster:
                        server: %s
                        certificate-authority-data: %s
                    users:
                    - name: training
                      user:
                        token: training
                    contexts:
                    - name: training
                      context: {cluster: training, user: training, namespace: training}
                    current-context: training
                    """.formatted(server, ca));
            Map<String, String> env = new HashMap<>(base.env());
            env.put("KUBECONFIG", kubeconfig.toString());
            env.remove("HELM_DRIVER");
            env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
            env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
            env.put("HELM_DATA_HOME", home.resolve("data").toString());
            CliContext ctx = new CliContext(env, base.userHome(), base.programName());
            List<String[]> runs = List.of(
                    new String[] {"install", "training", chart},
                    new String[] {"list"},
                    new String[] {"list", "-A", "-o", "json"},
                    new String[] {"status", "training"},
                    new String[] {"get", "values", "training", "--all"},
                    new String[] {"upgrade", "training", chart, "--set", "training=2"},
                    new String[] {"diff", "upgrade", "training", chart, "--set", "training=3"},
                    new String[] {"upgrade", "training", chart, "--set", "training=3", "--plan", "--yes"},
                    new String[] {"drift", "training"},
                    new String[] {"history", "training"},
                    new String[] {"uninstall", "training"});
            runner.accept(ctx, runs);
        } catch (IOException e) {
            // no cluster training then
        } finally {
            if (plain != null) {
                plain.stop(0);
            }
            if (tls != null) {
                tls.destroy();
            }
        }
    }

    /** The TLS stand-in in a JVM of its own (same JDK, same class path), or null when it cannot start. */
    private static Process startTlsStandIn() {
        try {
            return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Http2StandIn.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
    }

    /** The stand-in's port and the base64 of its CA's PEM, or null when it did not start. */
    private static String[] readAddress(Process p) {
        try {
            java.io.BufferedReader r = p.inputReader(StandardCharsets.US_ASCII);
            String port = r.readLine();
            String ca = r.readLine();
            return port == null || ca == null ? null : new String[] {port.strip(), ca.strip()};
        } catch (IOException e) {
            return null;
        }
    }

    private static void handle(StandInApi api, HttpExchange x) throws IOException {
        StandInApi.Answer a = api.answer(x.getRequestMethod(), x.getRequestURI().getRawPath(),
                x.getRequestURI().getRawQuery(), x.getRequestBody().readAllBytes());
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(a.code(), a.body().length == 0 ? -1 : a.body().length);
        x.getResponseBody().write(a.body());
        x.close();
    }
}
