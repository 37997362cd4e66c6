package io.helm4j.kube.jdk;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Checks the server's chain with the CA's trust manager, then the server's name ourselves against
 * the expected host (tls-server-name when set, else the URL's host), as Go's crypto/tls does.
 * Being an X509ExtendedTrustManager, it replaces the JDK's own host name check, which would use the
 * URL's host. With no chain manager (insecure-skip-tls-verify) everything is accepted.
 */
final class ServerTrust extends X509ExtendedTrustManager {
    private final X509TrustManager chain;
    private final String host;

    ServerTrust(X509TrustManager chain, String host) {
        this.chain = chain;
        this.host = host;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType) throws CertificateException {
        if (chain == null) {
            return;
        }
        chain.checkServerTrusted(certs, authType);
        checkHost(certs[0]);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(certs, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(certs, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return chain == null ? new X509Certificate[0] : chain.getAcceptedIssuers();
    }

    private void checkHost(X509Certificate cert) throws CertificateException {
        String want = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        List<String> names = names(cert);
        for (String n : names) {
            if (matches(n, want)) {
                return;
            }
        }
        throw new CertificateException("x509: certificate is valid for " + String.join(", ", names) + ", not " + want);
    }

    private static List<String> names(X509Certificate cert) throws CertificateParsingException {
        List<String> out = new ArrayList<>();
        Collection<List<?>> sans = cert.getSubjectAlternativeNames();
        if (sans != null) {
            for (List<?> san : sans) {
                int type = (Integer) san.get(0);
                if (type == 2 || type == 7) { // dNSName, iPAddress
                    out.add(san.get(1).toString());
                }
            }
        }
        return out;
    }

    static boolean matches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (p.equals(h) || ipEquals(p, h)) {
            return true;
        }
        if (p.startsWith("*.")) {
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot).equals(p.substring(1));
        }
        return false;
    }

    private static boolean ipEquals(String a, String b) {
        if (!(a.contains(":") && b.contains(":"))) {
            return false;
        }
        try {
            return java.net.InetAddress.ofLiteral(a).equals(java.net.InetAddress.ofLiteral(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
