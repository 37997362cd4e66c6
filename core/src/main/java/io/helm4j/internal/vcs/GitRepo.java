package io.helm4j.internal.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masterminds/vcs's {@code GitRepo}: a checkout in {@code local} of {@code remote}, worked on by running {@code git}
 * with the commands and messages Masterminds uses ({@code git clone --recursive}, {@code git fetch --tags},
 * {@code git pull}, {@code git checkout}, the defensive submodule update and clean after each). What {@code git}
 * prints is captured, never shown, as in Helm; a clone folds it into its message, the other steps keep it in
 * {@link VcsException#output()}.
 */
public final class GitRepo {
    private static final Pattern TAG = Pattern.compile("(?m)(?:tags)/(\\S+)$");

    private final Path git;
    private final String remote;
    private final Path local;
    private final Map<String, String> env;

    private GitRepo(Path git, String remote, Path local, Map<String, String> env) {
        this.git = git;
        this.remote = remote;
        this.local = local;
        this.env = env;
    }

    /**
     * Masterminds' {@code NewGitRepo}: {@code git} must be on the {@code PATH}; when {@code local} is already a
     * checkout its {@code remote.origin.url} must be {@code remote} (or, with an empty {@code remote}, becomes it).
     * {@code env} is the whole environment every {@code git} runs with (Helm passes its process's).
     */
    public static GitRepo open(String remote, Path local, Map<String, String> env) {
        Map<String, String> environment = Map.copyOf(env);
        Path git = onPath(environment.get("PATH"));
        if (git == null) {
            throw new VcsException("git is not installed", "");
        }
        String kind;
        try {
            kind = VcsDetect.fromFileSystem(local);
        } catch (VcsException e) {
            kind = null;
        }
        if (kind != null && !kind.equals("git")) {
            throw new VcsException("Wrong VCS detected", "");
        }
        GitRepo repo = new GitRepo(git, remote, local, environment);
        if (kind != null) {
            Result r = repo.runIn("git", "config", "--get", "remote.origin.url");
            if (r.code() != 0) {
                throw new VcsException("Unable to retrieve local repo information: " + r.status(), r.out());
            }
            String localRemote = r.out().strip();
            if (!remote.isEmpty() && !localRemote.equals(remote)) {
                throw new VcsException("The Remote does not match the VCS endpoint", "");
            }
            if (remote.isEmpty() && !localRemote.isEmpty()) {
                return new GitRepo(git, localRemote, local, environment);
            }
        }
        return repo;
    }

    /** Go's {@code exec.LookPath("git")} over {@code path}, or null. */
    private static Path onPath(String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(":", -1)) {
            Path git = Path.of(dir.isEmpty() ? "." : dir, "git");
            if (Files.isRegularFile(git) && Files.isExecutable(git)) {
                return git;
            }
        }
        return null;
    }

    public String remote() {
        return remote;
    }

    public Path local() {
        return local;
    }

    /** {@code git clone --recursive -- REMOTE LOCAL}. */
    public void get() {
        Result r = run(null, "git", "clone", "--recursive", "--", remote, local.toString());
        if (r.code() != 0) {
            // Masterminds' runner folds the output into the error: "OUTPUT: exit status N"
            throw new VcsException("Unable to get repository: " + r.out() + ": " + r.status(), r.out());
        }
    }

    /** {@code git fetch --tags -- origin}, then, unless the checkout is on a detached head, {@code git pull}. */
    public void update() {
        Result r = runIn("git", "fetch", "--tags", "--", "origin");
        if (r.code() != 0) {
            throw new VcsException("Unable to update repository: " + r.status(), r.out());
        }
        String head;
        try {
            head = Files.readString(local.resolve(".git").resolve("HEAD"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new VcsException("Unable to update repository: open " + local.resolve(".git/HEAD")
                    + ": no such file or directory", "", e);
        }
        if (!head.startsWith("ref: ")) {
            return;
        }
        r = runIn("git", "pull");
        if (r.code() != 0) {
            throw new VcsException("Unable to update repository: " + r.status(), r.out());
        }
        defendAgainstSubmodules();
    }

    /** {@code git checkout VERSION}. */
    public void updateVersion(String version) {
        Result r = runIn("git", "checkout", version);
        if (r.code() != 0) {
            throw new VcsException("Unable to update checked out version: " + r.status(), r.out());
        }
        defendAgainstSubmodules();
    }

    private void defendAgainstSubmodules() {
        Result r = runIn("git", "submodule", "update", "--init", "--recursive");
        if (r.code() != 0) {
            throw new VcsException("Unexpected error while defensively updating submodules: " + r.status(), r.out());
        }
        r = runIn("git", "clean", "-x", "-d", "-f", "-f");
        if (r.code() != 0) {
            throw new VcsException("Unexpected error while defensively cleaning up after possible derelict submodule "
                    + "directories: " + r.status(), r.out());
        }
        r = runIn("git", "submodule", "foreach", "--recursive", "git clean -x -d -f -f");
        if (r.code() != 0) {
            throw new VcsException("Unexpected error while defensively cleaning up after possible derelict nested "
                    + "submodule directories: " + r.status(), r.out());
        }
    }

    /** The tags, from {@code git show-ref}, in its order. */
    public List<String> tags() {
        Result r = runIn("git", "show-ref");
        if (r.code() != 0) {
            throw new VcsException("Unable to retrieve tags: " + r.status(), r.out());
        }
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(r.out());
        while (m.find()) {
            tags.add(m.group(1));
        }
        return tags;
    }

    /** Whether {@code ref} names a commit, branch or tag ({@code git rev-parse --verify}, {@code git show-ref}). */
    public boolean isReference(String ref) {
        return runIn("git", "rev-parse", "--verify", ref).code() == 0 || runIn("git", "show-ref", ref).code() == 0;
    }

    /** Whether {@code git diff} shows a change (or fails). */
    public boolean isDirty() {
        Result r = runIn("git", "diff");
        return r.code() != 0 || !r.out().isEmpty();
    }

    private record Result(int code, String out) {
        String status() {
            return "exit status " + code;
        }
    }

    private Result runIn(String... cmd) {
        return run(local, cmd);
    }

    private Result run(Path dir, String... cmd) {
        List<String> line = new ArrayList<>(List.of(cmd));
        line.set(0, git.toString());
        ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        if (dir != null) {
            pb.directory(dir.toFile());
            pb.environment().put("PWD", dir.toString());
        }
        try {
            Process p = pb.start();
            p.getOutputStream().close(); // Go runs it with no standard input
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            String where = dir == null ? "" : "chdir " + dir + ": ";
            throw new VcsException(where + e.getMessage(), "", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VcsException("interrupted while running " + String.join(" ", cmd), "", e);
        }
    }
}
