package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.SearchRepo;
import io.helm4j.action.SearchRepoOptions;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.repo.SearchResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code helm4j search repo [KEYWORD]}; {@code search hub} (Artifact Hub) is not offered. */
final class SearchCommand extends HelmCommand<Void> {
    SearchCommand() {
        super("search [keyword]", "search for a keyword in charts");
        subcommand(new Repo());
    }

    @Override
    int execute() {
        throw new IllegalStateException("search only groups its subcommands");
    }

    static final class Repo extends HelmCommand<Void> {
        private final Flag<Boolean> regexp;
        private final Flag<Boolean> versions;
        private final Flag<Boolean> devel;
        private final Flag<String> version;
        private final Flag<Integer> maxColWidth;
        private final Flag<Boolean> failOnNoResult;
        private final Flag<String> output;

        Repo() {
            super("repo [keyword]", "search repositories for a keyword in charts");
            regexp = flags.bool("-r, --regexp", "use regular expressions for searching repositories you have added",
                    null);
            versions = flags.bool("-l, --versions", "show the long listing, with each version of each chart on its own "
                    + "line, for repositories you have added", null);
            devel = flags.bool("--devel", "use development versions (alpha, beta, and release candidate releases), too. "
                    + "Equivalent to version '>0.0.0-0'. If --version is set, this is ignored", null);
            version = flags.string("--version", "search using semantic versioning constraints on repositories you have "
                    + "added", null);
            maxColWidth = flags.integer("--max-col-width", Flag.Kind.UINT, 50, "maximum column width for output table",
                    null);
            failOnNoResult = flags.bool("--fail-on-no-result", "search fails if no results are found", null);
            output = OutputFormat.declare(flags);
        }

        @Override
        int execute() {
            OutputFormat format = OutputFormat.parse(output.value());
            SearchRepoOptions o = new SearchRepoOptions(args, version.value(), versions.value(), devel.value(),
                    regexp.value());
            List<SearchResult> results = new SearchRepo(SdkContext.of(spec).events(slogWarnings(err())).build())
                    .run(o).results();
            if (results.isEmpty() && failOnNoResult.value()) {
                throw new Helm4jException("no results found");
            }
            PrintWriter out = out();
            if (format == OutputFormat.TABLE) {
                if (results.isEmpty()) {
                    out.println("No results found");
                } else {
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(List.of("NAME", "CHART VERSION", "APP VERSION", "DESCRIPTION"));
                    for (SearchResult r : results) {
                        var md = r.chart().metadata();
                        rows.add(List.of(r.name(), nz(md.version()), nz(md.appVersion()), nz(md.description())));
                    }
                    out.println(DependencyCommand.table(rows, maxColWidth.value()));
                }
                out.flush();
                return 0;
            }
            List<Object> list = new ArrayList<>();
            for (SearchResult r : results) {
                var md = r.chart().metadata();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", r.name());
                m.put("version", nz(md.version()));
                m.put("app_version", nz(md.appVersion()));
                m.put("description", nz(md.description()));
                list.add(m);
            }
            format.write(out, list);
            return 0;
        }

        /** Helm 4 logs skipped repositories with slog's text handler: {@code level=WARN msg=...}. */
        private static EventSink slogWarnings(PrintWriter err) {
            return event -> {
                switch (event) {
                    case Event.Warning w -> err.println("level=WARN msg=" + w.message());
                    case Event.Info i -> err.println(i.message());
                    case Event.Log l -> err.println("level=" + l.level() + " msg=" + EventPrinter.slogValue(l.message()));
                    case Event.Change c -> {
                    }
                    case Event.WaitProgress p -> { }
                    case Event.Transfer t -> { }
                    case Event.HookLog h -> { }
                    case Event.ApiWarning a -> { }
                }
                err.flush();
            };
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
