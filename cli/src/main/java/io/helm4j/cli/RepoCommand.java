package io.helm4j.cli;

import io.helm4j.action.RepoAdd;
import io.helm4j.action.RepoAddOptions;
import io.helm4j.action.RepoAddResult;
import io.helm4j.action.RepoIndex;
import io.helm4j.action.RepoIndexOptions;
import io.helm4j.action.RepoList;
import io.helm4j.action.RepoListOptions;
import io.helm4j.action.RepoRemove;
import io.helm4j.action.RepoRemoveOptions;
import io.helm4j.action.RepoRemoveResult;
import io.helm4j.getter.Getters;
import io.helm4j.repo.RepoEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code helm4j repo add|index|list|remove|update}: chart repositories, with Helm's files and words. */
final class RepoCommand extends HelmCommand<Void> {
    RepoCommand() {
        super("repo add|remove|list|index|update [ARGS]", "add, list, remove, update, and index chart repositories");
        subcommand(new Add());
        subcommand(new Index());
        subcommand(new ListRepos());
        subcommand(new Remove());
        subcommand(new RepoUpdateCommand());
    }

    @Override
    int execute() {
        throw new IllegalStateException("repo only groups its subcommands");
    }

    static final class Add extends HelmCommand<RepoAddOptions.Builder> {
        private final Flag<String> username;
        private final Flag<String> password;
        private final Flag<Boolean> passwordStdin;

        Add() {
            super("add [NAME] [URL]", "add a chart repository");
            flags.bool("--force-update", "replace (overwrite) the repo if it already exists",
                    RepoAddOptions.Builder::forceUpdate);
            username = flags.string("--username", "chart repository username", RepoAddOptions.Builder::username);
            password = flags.string("--password", "chart repository password", null);
            passwordStdin = flags.bool("--password-stdin", "read chart repository password from stdin", null);
            flags.string("--cert-file", "identify HTTPS client using this SSL certificate file",
                    RepoAddOptions.Builder::certFile);
            flags.string("--key-file", "identify HTTPS client using this SSL key file", RepoAddOptions.Builder::keyFile);
            flags.string("--ca-file", "verify certificates of HTTPS-enabled servers using this CA bundle",
                    RepoAddOptions.Builder::caFile);
            flags.bool("--insecure-skip-tls-verify", "skip tls certificate checks for the repository",
                    RepoAddOptions.Builder::insecureSkipTlsVerify);
            flags.bool("--allow-deprecated-repos", "by default, this command will not allow adding official repos that "
                    + "have been permanently deleted. This disables that behavior",
                    RepoAddOptions.Builder::allowDeprecatedRepos);
            flags.bool("--pass-credentials", "pass credentials to all domains", RepoAddOptions.Builder::passCredentialsAll);
            flags.duration("--timeout", "2m0s", "time to wait for the index file download to complete",
                    (b, v) -> b.timeout(GoDurationValue.of(v, Getters.DEFAULT_TIMEOUT)));
        }

        @Override
        int execute() throws IOException {
            HelmArgs.exactly(this, 2);
            RepoAddOptions.Builder b = flags.fill(RepoAddOptions.builder(args.get(0), args.get(1)));
            b.password(password(username.value(), password.value()));
            RepoAddOptions o = b.build();
            // Helm's getter.All (the plugins' warnings again) once the name is legal and not already taken
            if (RootCommand.hasGetterWarnings(spec.commandLine()) && !args.get(0).contains("/") && (o.forceUpdate()
                    || new RepoList(SdkContext.of(spec).build()).run(RepoListOptions.defaults()).repositories().stream()
                            .noneMatch(e -> e.name().equals(args.get(0))))) {
                RootCommand.printGetterWarnings(spec.commandLine());
            }
            RepoAddResult r = new RepoAdd(SdkContext.of(spec).build()).run(o);
            out().println(r.added() ? "\"" + r.entry().name() + "\" has been added to your repositories"
                    : "\"" + r.entry().name() + "\" already exists with the same configuration, skipping");
            out().flush();
            return 0;
        }

        /** Helm's rule: with a username and no password, the password comes from stdin or the terminal. */
        private String password(String user, String given) throws IOException {
            if (user == null || user.isEmpty() || (given != null && !given.isEmpty())) {
                return given;
            }
            if (passwordStdin.value()) {
                String p = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                p = p.endsWith("\n") ? p.substring(0, p.length() - 1) : p;
                return p.endsWith("\r") ? p.substring(0, p.length() - 1) : p;
            }
            java.io.Console console = System.console();
            out().print("Password: ");
            out().flush();
            char[] typed = console == null ? new char[0] : console.readPassword();
            out().println();
            return typed == null ? "" : new String(typed);
        }
    }

    static final class ListRepos extends HelmCommand<Void> {
        private final Flag<String> output;
        private final Flag<Boolean> noHeaders;

        ListRepos() {
            super("list", "list chart repositories", "ls");
            noHeaders = flags.bool("--no-headers", "suppress headers in the output", null);
            output = OutputFormat.declare(flags);
        }

        @Override
        int execute() {
            HelmArgs.none(this);
            OutputFormat format = OutputFormat.parse(output.value());
            List<RepoEntry> repos = new RepoList(SdkContext.of(spec).build()).run(RepoListOptions.defaults())
                    .repositories();
            if (repos.isEmpty() && format == OutputFormat.TABLE) {
                err().println("no repositories to show");
                err().flush();
                return 0;
            }
            PrintWriter out = out();
            if (format == OutputFormat.TABLE) {
                List<List<String>> rows = new ArrayList<>();
                if (!noHeaders.value()) {
                    rows.add(List.of("NAME", "URL"));
                }
                repos.forEach(r -> rows.add(List.of(r.name(), r.url())));
                out.println(DependencyCommand.table(rows, 0));
                out.flush();
                return 0;
            }
            List<Object> list = new ArrayList<>();
            for (RepoEntry r : repos) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", r.name());
                m.put("url", r.url());
                list.add(m);
            }
            format.write(out, list);
            return 0;
        }
    }

    static final class Remove extends HelmCommand<Void> {
        Remove() {
            super("remove [REPO1 [REPO2 ...]]", "remove one or more chart repositories", "rm");
        }

        @Override
        int execute() {
            HelmArgs.atLeast(this, 1);
            RepoRemoveResult r;
            try {
                r = new RepoRemove(SdkContext.of(spec).build()).run(new RepoRemoveOptions(args));
            } catch (RepoRemove.NotFound e) {
                print(e.removed());
                throw e;
            }
            print(r.removed());
            return 0;
        }

        private void print(List<String> removed) {
            removed.forEach(n -> out().println("\"" + n + "\" has been removed from your repositories"));
            out().flush();
        }
    }

    static final class Index extends HelmCommand<Void> {
        private final Flag<String> url;
        private final Flag<String> merge;
        private final Flag<Boolean> json;

        Index() {
            super("index [DIR]", "generate an index file given a directory containing packaged charts");
            url = flags.string("--url", "url of chart repository", null);
            merge = flags.string("--merge", "merge the generated index into the given index", null);
            json = flags.bool("--json", "output in JSON format", null);
        }

        @Override
        int execute() {
            HelmArgs.exactly(this, 1);
            String m = merge.value();
            RepoIndexOptions o = RepoIndexOptions.of(Path.of(args.get(0))).withUrl(url.value())
                    .withMerge(m == null || m.isEmpty() ? null : Path.of(m)).withJson(json.value());
            new RepoIndex(SdkContext.printingLoadWarnings(spec).build()).run(o);
            return 0;
        }
    }
}
