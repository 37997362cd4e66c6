package io.helm4j.dependency;

import io.helm4j.internal.content.Sha256;
import io.helm4j.Helm4jException;
import io.helm4j.chart.Dependency;
import io.helm4j.provenance.Provenance;
import io.helm4j.repo.RepoEntry;
import io.helm4j.repo.RepoFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code resolveRepoNames}: which configured repository each dependency comes from. {@code @NAME} and
 * {@code alias:NAME} are replaced by the repository's URL; a URL equal to a configured one names it;
 * {@code file://} paths must exist; an unknown URL is kept for {@link #unmanaged}; anything else is an error.
 */
final class RepoNames {
    static final String MANAGER_PREFIX = "helm-manager-";

    /** The dependencies with aliases replaced by URLs, and the repository name of each (by chart name). */
    record Resolved(List<Dependency> deps, Map<String, String> names) {
    }

    private RepoNames() {
    }

    static Resolved resolve(List<Dependency> deps, RepoFile repos, Path chartDir) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Dependency> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Dependency dd : deps) {
            String repo = Deps.repo(dd);
            if (repo.isEmpty()) {
                out.add(dd);
                continue;
            }
            if (repo.startsWith("file://")) {
                LocalPaths.of(repo, chartDir);
                names.put(dd.name(), repo);
                out.add(dd);
                continue;
            }
            if (repo.startsWith("oci://")) {
                names.put(dd.name(), repo);
                out.add(dd);
                continue;
            }
            RepoEntry found = null;
            for (RepoEntry r : repos.repositories()) {
                if ((repo.startsWith("@") && repo.substring(1).equals(r.name()))
                        || (repo.startsWith("alias:") && repo.substring(6).equals(r.name()))) {
                    found = r;
                    dd = Deps.withRepository(dd, r.url());
                    break;
                } else if (UrlCompare.equal(r.url(), repo)) {
                    found = r;
                    break;
                }
            }
            out.add(dd);
            if (found != null) {
                names.put(dd.name(), found.name());
            } else if (isRequestUri(repo)) {
                names.put(repo, repo);
            } else {
                missing.add(repo);
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder m = new StringBuilder("no repository definition for ").append(String.join(", ", missing))
                    .append(". Please add them via 'helm repo add'");
            if (missing.stream().anyMatch(r -> !r.contains("//") && !r.startsWith("@") && !r.startsWith("alias:"))) {
                m.append("\nNote that repositories must be URLs or aliases. For example, to refer to the \"example\"\n"
                        + "repository, use \"https://charts.example.com/\" or \"@example\" instead of\n"
                        + "\"example\". Don't forget to add the repo, too ('helm repo add').");
            }
            throw new Helm4jException(m.toString());
        }
        return new Resolved(out, names);
    }

    /**
     * Helm's {@code ensureMissingRepos}: a dependency whose repository is not configured gets a generated
     * repository ({@code helm-manager-SHA256(URL)}) whose index is cached like a configured one's.
     */
    static List<RepoEntry> unmanaged(List<Dependency> deps, Map<String, String> names) {
        List<RepoEntry> out = new ArrayList<>();
        for (Dependency dd : deps) {
            if (Deps.repo(dd).isEmpty() || names.containsKey(dd.name())) {
                continue;
            }
            String rn = MANAGER_PREFIX + Sha256.hex(Deps.repo(dd).getBytes(StandardCharsets.UTF_8));
            names.put(dd.name(), rn);
            out.add(RepoEntry.of(rn, Deps.repo(dd)));
        }
        return out;
    }

    /** Go's {@code url.ParseRequestURI} accepting it: an absolute URL or an absolute path. */
    private static boolean isRequestUri(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() || s.startsWith("/");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
