package io.helm4j.action;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.internal.semver.SemverException;
import io.helm4j.internal.vcs.GitRepo;
import io.helm4j.internal.vcs.VcsCacheKey;
import io.helm4j.internal.vcs.VcsDetect;
import io.helm4j.internal.vcs.VcsException;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Helm 4's {@code VCSInstaller}: a plugin in a Git repository is cloned into
 * {@code $HELM_CACHE_HOME/plugins/KEY} ({@link VcsCacheKey}), or that clone fetched and pulled when it is there
 * already; {@code --version} names a reference or is a SemVer constraint over the tags (the highest that meets it
 * is checked out); the checkout, {@code .git} included, is then copied to {@code PLUGINS/BASE}, {@code BASE} the
 * last element of the source. {@code plugin update} finds the same kind of installer in the copy itself
 * ({@link #existing}): refused when {@code git diff} shows a change, else fetched and pulled there.
 */
final class PluginVcsInstaller {
    private final GitRepo repo;
    private final String version;
    private final Path path;
    private final EventSink events;

    private PluginVcsInstaller(GitRepo repo, String version, Path path, EventSink events) {
        this.repo = repo;
        this.version = version == null ? "" : version;
        this.path = path;
        this.events = events;
    }

    /** Helm's {@code NewVCSInstaller}; a {@link VcsException} when the source is no repository helm4j can tell. */
    static PluginVcsInstaller create(String source, String version, Path pluginsDirectory, Path cacheHome,
            Map<String, String> env, EventSink events) {
        Path cached = cacheHome.resolve("plugins").resolve(VcsCacheKey.of(source));
        String type;
        String remote;
        try {
            VcsDetect.Remote r = VcsDetect.fromRemote(source);
            type = r.type();
            remote = r.remote();
        } catch (VcsException e) {
            if (!e.cannotDetectVcs()) {
                throw e;
            }
            type = VcsDetect.fromFileSystem(cached); // Masterminds falls back on the checkout, with no remote
            remote = "";
        }
        return new PluginVcsInstaller(open(type, remote, cached, env), version, pluginsDirectory.resolve(base(source)),
                events);
    }

    /** Helm's {@code existingVCSRepo}: the checkout a plugin was installed as, its remote read from it. */
    static PluginVcsInstaller existing(Path location, Path pluginsDirectory, Map<String, String> env,
            EventSink events) {
        GitRepo repo = open(VcsDetect.fromFileSystem(location), "", location, env);
        return new PluginVcsInstaller(repo, "", pluginsDirectory.resolve(base(repo.remote())), events);
    }

    private static GitRepo open(String type, String remote, Path local, Map<String, String> env) {
        if (!type.equals("git")) {
            throw new VcsException("helm4j installs plugins from Git repositories only, not " + type, "");
        }
        return GitRepo.open(remote, local, env);
    }

    /** Go's {@code filepath.Base}. */
    static String base(String source) {
        String s = source;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return ".";
        }
        if (s.equals("/")) {
            return "/";
        }
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** Where the plugin is installed. */
    Path path() {
        return path;
    }

    String remote() {
        return repo.remote();
    }

    /** Helm's {@code VCSInstaller.Install}. */
    void install() throws IOException {
        if (!Files.exists(repo.local(), LinkOption.NOFOLLOW_LINKS)) {
            debug("cloning", "source", repo.remote(), "destination", repo.local().toString());
            repo.get();
        } else {
            debug("updating", "source", repo.remote(), "destination", repo.local().toString());
            repo.update();
        }
        String ref = solveVersion();
        if (!ref.isEmpty()) {
            debug("setting version", "version", version);
            repo.updateVersion(ref);
        }
        if (!Files.exists(repo.local().resolve(PluginManifest.FILE_NAME))) {
            throw new PluginException(null, "plugin metadata (plugin.yaml) missing");
        }
        debug("copying files", "source", repo.local().toString(), "destination", path.toString());
        copyDir(repo.local(), path);
    }

    /** Helm's {@code VCSInstaller.Update}. */
    void update() {
        debug("updating", "source", repo.remote());
        if (repo.isDirty()) {
            throw new PluginException(null, "plugin repo was modified");
        }
        repo.update();
        if (!Files.exists(repo.local().resolve(PluginManifest.FILE_NAME))) {
            throw new PluginException(null, "plugin metadata (plugin.yaml) missing");
        }
    }

    private String solveVersion() {
        if (version.isEmpty()) {
            return "";
        }
        if (repo.isReference(version)) {
            return version;
        }
        SemConstraint constraint;
        try {
            constraint = SemConstraint.parse(version);
        } catch (SemverException e) {
            throw new PluginException(null, e.getMessage(), e);
        }
        List<String> refs = repo.tags();
        debug("found refs", "refs", "[" + String.join(" ", refs) + "]");
        List<SemVersion> versions = new ArrayList<>();
        for (String r : refs) {
            try {
                versions.add(SemVersion.parse(r));
            } catch (SemverException e) {
                // not a version: left out, as in Helm
            }
        }
        versions.sort(Comparator.reverseOrder());
        for (SemVersion v : versions) {
            if (constraint.check(v)) {
                debug("setting to version", "version", v.original());
                return v.original();
            }
        }
        throw new PluginException(null, "requested version \"" + version + "\" does not exist for plugin \""
                + repo.remote() + "\"");
    }

    private void debug(String message, String... attributes) {
        events.emit(new Event.Log("DEBUG", message, List.of(attributes)));
    }

    /** Helm's {@code fs.CopyDir}: directories with their modes, files with theirs, symbolic links as links. */
    static void copyDir(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new PluginException(null, "destination already exists");
        }
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(dest, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                    Files.setPosixFilePermissions(dest, Files.getPosixFilePermissions(p));
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
