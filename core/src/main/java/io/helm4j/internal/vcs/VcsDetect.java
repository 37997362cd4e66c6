package io.helm4j.internal.vcs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masterminds/vcs's detection: the kind of a repository ({@code git}, {@code svn}, {@code hg}, {@code bzr}) from
 * its URL (known hosts, the scheme, a {@code .git}-like suffix, the user name; for an http(s) URL nothing else
 * tells, the {@code go-import} meta tag of {@code URL?go-get=1}), or from the directory it is checked out in.
 */
public final class VcsDetect {
    /** The kind, and the remote to clone: the URL itself, or the one a {@code go-import} tag named. */
    public record Remote(String type, String remote) {
    }

    private record Host(String host, Pattern pattern, String type) {
        Host(String host, String pattern, String type) {
            this(host, Pattern.compile(pattern), type);
        }
    }

    private static final List<Host> HOSTS = List.of(
            new Host("github.com", "^(github\\.com[/|:][A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+)(/[A-Za-z0-9_.\\-]+)*$", "git"),
            new Host("bitbucket.org", "^(bitbucket\\.org/([A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+))(/[A-Za-z0-9_.\\-]+)*$",
                    "git"),
            new Host("launchpad.net", "^(launchpad\\.net/(([A-Za-z0-9_.\\-]+)(/[A-Za-z0-9_.\\-]+)?|~[A-Za-z0-9_.\\-]+/"
                    + "(\\+junk|[A-Za-z0-9_.\\-]+)/[A-Za-z0-9_.\\-]+))(/[A-Za-z0-9_.\\-]+)*$", "bzr"),
            new Host("git.launchpad.net", "^(git\\.launchpad\\.net/(([A-Za-z0-9_.\\-]+)|~[A-Za-z0-9_.\\-]+/(\\+git|"
                    + "[A-Za-z0-9_.\\-]+)/[A-Za-z0-9_.\\-]+))$", "git"),
            new Host("hub.jazz.net", "^(hub\\.jazz\\.net/git/[a-z0-9]+/[A-Za-z0-9_.\\-]+)(/[A-Za-z0-9_.\\-]+)*$", "git"),
            new Host("go.googlesource.com", "^(go\\.googlesource\\.com/[A-Za-z0-9_.\\-]+/?)$", "git"),
            new Host("git.openstack.org", "^(git\\.openstack\\.org/[A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+)$", "git"),
            new Host("hg.code.sf.net", "^(hg.code.sf.net/p/[A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+)*$", "hg"),
            new Host("git.code.sf.net", "^(git.code.sf.net/p/[A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+)*$", "git"),
            new Host("svn.code.sf.net", "^(svn.code.sf.net/p/[A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+)*$", "svn"),
            new Host("", "\\.(git|hg|svn|bzr)$", null));

    private VcsDetect() {
    }

    /** Masterminds' {@code detectVcsFromRemote}; {@link VcsException#cannotDetectVcs()} when nothing tells. */
    public static Remote fromRemote(String vcsUrl) {
        try {
            return new Remote(fromUrl(vcsUrl), vcsUrl);
        } catch (VcsException e) {
            if (!e.cannotDetectVcs()) {
                throw e;
            }
        }
        GoUrl u = GoUrl.parse(vcsUrl);
        if (!u.scheme().equals("http") && !u.scheme().equals("https")) {
            throw VcsException.cannotDetect(); // Go's client refuses any other scheme
        }
        int q = vcsUrl.indexOf('?');
        int hash = vcsUrl.indexOf('#');
        String base = hash >= 0 ? vcsUrl.substring(0, hash) : vcsUrl;
        String check = q >= 0 && (hash < 0 || q < hash) ? base + "+go-get=1" : base + "?go-get=1";
        String body;
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build()) {
            body = client.send(HttpRequest.newBuilder(URI.create(check)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1)).body();
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw VcsException.cannotDetect();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VcsException.cannotDetect();
        }
        return goImport(u.host() + u.path(), body);
    }

    private static final Pattern META = Pattern.compile("<meta\\s([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([A-Za-z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    /** The first {@code go-import} meta tag in the head whose prefix matches {@code hostPath}. */
    static Remote goImport(String hostPath, String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int end = lower.length();
        for (String stop : List.of("<body", "</head")) {
            int i = lower.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        Matcher m = META.matcher(html.substring(0, end));
        while (m.find()) {
            String name = null;
            String content = "";
            Matcher a = ATTR.matcher(m.group(1));
            while (a.find()) {
                String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                if (a.group(1).equalsIgnoreCase("name") && name == null) {
                    name = v;
                } else if (a.group(1).equalsIgnoreCase("content") && content.isEmpty()) {
                    content = v;
                }
            }
            String[] f = content.trim().split("\\s+");
            if (!"go-import".equals(name) || f.length != 3 || !hostPath.startsWith(f[0])) {
                continue;
            }
            String type = switch (f[1]) {
                case "git", "svn", "bzr", "hg" -> f[1];
                default -> "";
            };
            if (type.isEmpty() || f[2].isEmpty()) {
                throw VcsException.cannotDetect();
            }
            return new Remote(type, f[2]);
        }
        throw VcsException.cannotDetect();
    }

    /** Masterminds' {@code detectVcsFromURL}. */
    static String fromUrl(String vcsUrl) {
        Matcher scp = VcsCacheKey.SCP.matcher(vcsUrl);
        GoUrl u = scp.matches() ? new GoUrl("ssh", scp.group(1), scp.group(2), "/" + scp.group(3), "")
                : GoUrl.parse(vcsUrl);
        if (u.scheme().equals("file")) {
            return fromFileSystem(Path.of(u.path()));
        }
        if (u.host().isEmpty()) {
            throw VcsException.cannotDetect();
        }
        switch (u.scheme()) {
            case "git+ssh", "git" -> {
                return "git";
            }
            case "bzr+ssh" -> {
                return "bzr";
            }
            case "svn+ssh" -> {
                return "svn";
            }
            default -> {
            }
        }
        for (Host h : HOSTS) {
            if (!h.host().isEmpty() && !h.host().equals(u.host())) {
                continue;
            }
            Matcher m = h.pattern().matcher(u.host() + u.path());
            if (!m.find()) {
                if (!h.host().isEmpty()) {
                    throw VcsException.cannotDetect();
                }
                continue;
            }
            return h.type() != null ? h.type() : m.group(1);
        }
        if (u.user() != null && (u.user().equals("git") || u.user().equals("hg"))) {
            return u.user();
        }
        throw VcsException.cannotDetect();
    }

    /** Masterminds' {@code DetectVcsFromFS}: the kind of the checkout in {@code dir}. */
    public static String fromFileSystem(Path dir) {
        if (dir.toString().isEmpty() || !Files.exists(dir)) {
            throw VcsException.cannotDetect();
        }
        for (String kind : List.of("git", "svn", "hg", "bzr")) {
            if (Files.exists(dir.resolve("." + kind))) {
                return kind;
            }
        }
        throw VcsException.cannotDetect();
    }
}
