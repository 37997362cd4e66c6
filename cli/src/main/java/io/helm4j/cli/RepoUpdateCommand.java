package io.helm4j.cli;

import io.helm4j.action.RepoUpdate;
import io.helm4j.action.RepoUpdateOptions;
import io.helm4j.action.RepoUpdateResult;
import io.helm4j.getter.Getters;
import java.io.PrintWriter;

/** {@code helm4j repo update [REPO...]} (alias {@code up}): Helm's progress lines, then its verdict. */
final class RepoUpdateCommand extends HelmCommand<Void> {
    private final Flag<String> timeout;

    RepoUpdateCommand() {
        super("update [REPO1 [REPO2 ...]]", "update information of available charts locally from chart repositories",
                "up");
        timeout = flags.duration("--timeout", "2m0s", "time to wait for the index file download to complete", null);
    }

    @Override
    int execute() {
        RepoUpdateOptions o = new RepoUpdateOptions(args, GoDurationValue.of(timeout.value(), Getters.DEFAULT_TIMEOUT));
        RepoUpdate action = new RepoUpdate(SdkContext.of(spec).build());
        for (int i = action.selected(o).size(); i > 0; i--) {
            RootCommand.printGetterWarnings(spec.commandLine()); // Helm's getter.All per repository
        }
        PrintWriter out = out();
        out.println("Hang tight while we grab the latest from your chart repositories...");
        out.flush();
        RepoUpdateResult result;
        try {
            result = action.run(o);
        } catch (RepoUpdate.Failed e) {
            print(out, e.result());
            throw e;
        }
        print(out, result);
        out.println("Update Complete. \u2388Happy Helming!\u2388");
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, RepoUpdateResult result) {
        for (RepoUpdateResult.Outcome o : result.outcomes()) {
            if (o.ok()) {
                out.println("...Successfully got an update from the \"" + o.repository().name() + "\" chart repository");
            } else {
                out.println("...Unable to get an update from the \"" + o.repository().name() + "\" chart repository ("
                        + o.repository().url() + "):\n\t" + o.error());
            }
        }
        out.flush();
    }
}
