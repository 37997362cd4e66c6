package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.diff.ChangeSetFormat;
import io.helm4j.diff.DiffSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The output flags every {@code diff} and {@code drift} command takes, as the helm-diff plugin declares them:
 * context lines, output format, which Secrets and kinds are shown, manifest normalization and the CI exit code.
 */
final class DiffFlags {
    final Flag<Integer> context;
    final Flag<String> output;
    final Flag<Boolean> suppressSecrets;
    final Flag<Boolean> showSecrets;
    final Flag<Boolean> showSecretsDecoded;
    final Flag<List<String>> suppress;
    final Flag<Boolean> normalize;
    final Flag<Boolean> detailedExitcode;
    final Flag<Boolean> askServer;

    DiffFlags(Flags<?> f) {
        context = f.integer("-C, --context", Flag.Kind.INT, -1, "output NUM lines of context around changes", null);
        output = f.string("--output", "Possible values: diff, simple, template, json, structured. When set to "
                + "\"template\", use the env var HELM_DIFF_TPL to specify the template.", null).defValue("diff");
        suppressSecrets = f.bool("-q, --suppress-secrets", "suppress secrets in the output", null);
        showSecrets = f.bool("--show-secrets", "do not redact secret values in the output", null);
        showSecretsDecoded = f.bool("--show-secrets-decoded", "decode secret values in the output", null);
        suppress = f.stringArray("--suppress", "allows suppression of the kinds listed in the diff output (can "
                + "specify multiple, like '--suppress Deployment --suppress Service')", null);
        normalize = f.bool("--normalize-manifests", "normalize manifests before running diff to exclude style "
                + "differences from the output", null);
        detailedExitcode = f.bool("--detailed-exitcode", "return a non-zero exit code when there are changes: "
                + "0 no changes, 2 changes, 1 an error", null);
        askServer = f.bool("--dry-run-every-object", "(helm4j) send every object's server-side dry-run apply, also "
                + "where the outcome is certain without it (no change, or only values the server stores as given on "
                + "a cluster without admission webhooks or policies)", null);
    }

    String format() {
        String o = output.value() == null ? "diff" : output.value();
        if (!ChangeSetFormat.FORMATS.contains(o)) {
            throw new UsageException("invalid --output \"" + o + "\": must be one of " + String.join(", ",
                    ChangeSetFormat.FORMATS));
        }
        return o;
    }

    DiffSettings settings() {
        Set<String> kinds = new LinkedHashSet<>(suppress.value());
        if (Boolean.TRUE.equals(suppressSecrets.value())) {
            kinds.add("Secret");
        }
        return new DiffSettings(Boolean.TRUE.equals(showSecrets.value()), kinds,
                Boolean.TRUE.equals(normalize.value()), Boolean.TRUE.equals(askServer.value()),
                Boolean.TRUE.equals(showSecretsDecoded.value()));
    }

    /**
     * The exit code for a result: 2 when {@code --detailed-exitcode} asks and the output lists a change, else 0 (the
     * helm-diff plugin's rule: 2 exactly when its report has an entry).
     */
    int exitCode(boolean changes) {
        return changes && Boolean.TRUE.equals(detailedExitcode.value()) ? 2 : 0;
    }

    /** Under {@code --detailed-exitcode}, every error exits 1 (2 means "changes"). */
    RuntimeException error(RuntimeException e) {
        if (Boolean.TRUE.equals(detailedExitcode.value()) && e instanceof io.helm4j.Helm4jException h
                && h.exitCode() != io.helm4j.Helm4jException.EXIT_FAILURE) {
            return new io.helm4j.Helm4jException(h.getMessage(), h);
        }
        return e;
    }
}
