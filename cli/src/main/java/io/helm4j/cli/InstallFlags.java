package io.helm4j.cli;

import io.helm4j.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The flags Helm 4's install, upgrade and template commands share ({@code addInstallFlags} and the
 * chart-locating options) beyond the values flags. {@code helm template} accepts them all, though
 * most only matter on a cluster: helm4j template accepts them too, checks their values as Helm's
 * flag library does, and ignores what does not change rendered output, so a {@code helm template}
 * command line works unchanged.
 */
final class InstallFlags {
    boolean createNamespace;
    boolean forceReplace;
    boolean force;
    boolean forceConflicts;
    Boolean serverSide;
    boolean replace;
    String timeout;
    String wait;
    boolean waitForJobs;
    String description;
    boolean devel;
    boolean dependencyUpdate;
    boolean disableOpenApiValidation;
    boolean rollbackOnFailure;
    boolean atomic;
    boolean skipCrds;
    List<String> labels = new ArrayList<>();
    boolean hideNotes;
    boolean takeOwnership;
    // chart-locating options (addChartPathOptionsFlags)
    String version;
    boolean verify;
    String keyring;
    String repo;
    String username;
    String password;
    String certFile;
    String keyFile;
    boolean insecureSkipTlsVerify;
    boolean plainHttp;
    String caFile;
    boolean passCredentials;

    void declare(Specs s) {
        s.option("--create-namespace", "create the release namespace if not present")
                .bool(() -> createNamespace, v -> createNamespace = v);
        s.option("--force-replace", "force resource updates by replacement")
                .bool(() -> forceReplace, v -> forceReplace = v);
        s.option("--force", "deprecated: use --force-replace instead").bool(() -> force, v -> force = v);
        s.option("--force-conflicts", "if set server-side apply will force changes against conflicts")
                .bool(() -> forceConflicts, v -> forceConflicts = v);
        s.option("--server-side", "object updates run in the server instead of the client (default true)")
                .optionalValue("true").label("<serverSide>").value(Boolean.class, () -> serverSide, v -> serverSide = v);
        s.option("--replace", "reuse the given name, only if that name is a deleted release which remains in the "
                + "history. This is unsafe in production").bool(() -> replace, v -> replace = v);
        s.option("--timeout", "time to wait for any individual Kubernetes operation (like Jobs for hooks) "
                + "(default 5m0s)").label("<timeout>").string(() -> timeout, v -> timeout = v);
        s.option("--wait", "wait until resources are ready. Use '--wait' alone for 'watcher' strategy "
                + "(default hookOnly)").optionalValue("watcher").label("<wait>").string(() -> wait, v -> wait = v);
        s.option("--wait-for-jobs", "if set and --wait enabled, will wait until all Jobs have been completed before "
                + "marking the release as successful. It will wait for as long as --timeout")
                .bool(() -> waitForJobs, v -> waitForJobs = v);
        s.option("--description", "add a custom description").label("<description>")
                .string(() -> description, v -> description = v);
        s.option("--devel", "use development versions, too. Equivalent to version '>0.0.0-0'. If --version is set, "
                + "this is ignored").bool(() -> devel, v -> devel = v);
        s.option("--dependency-update", "update dependencies if they are missing before installing the chart")
                .bool(() -> dependencyUpdate, v -> dependencyUpdate = v);
        s.option("--disable-openapi-validation", "if set, the installation process will not validate rendered "
                + "templates against the Kubernetes OpenAPI Schema")
                .bool(() -> disableOpenApiValidation, v -> disableOpenApiValidation = v);
        s.option("--rollback-on-failure", "if set, Helm will rollback (uninstall) the installation upon failure. "
                + "The --wait flag will be default to \"watcher\" if --rollback-on-failure is set")
                .bool(() -> rollbackOnFailure, v -> rollbackOnFailure = v);
        s.option("--atomic", "deprecated: use --rollback-on-failure instead").bool(() -> atomic, v -> atomic = v);
        s.option("--skip-crds", "if set, no CRDs will be installed. By default, CRDs are installed if not already "
                + "present").bool(() -> skipCrds, v -> skipCrds = v);
        s.option("-l, --labels", "Labels that would be added to release metadata. Should be divided by comma.")
                .label("<labels>").strings(() -> labels, v -> labels = v);
        s.option("--hide-notes", "if set, do not show notes in install output. Does not affect presence in chart "
                + "metadata").bool(() -> hideNotes, v -> hideNotes = v);
        s.option("--take-ownership", "if set, install will ignore the check for helm annotations and take ownership "
                + "of the existing resources").bool(() -> takeOwnership, v -> takeOwnership = v);
        s.option("--version", "specify a version constraint for the chart version to use. This constraint can be a "
                + "specific tag (e.g. 1.1.1) or it may reference a valid range (e.g. ^2.0.0). If this is not "
                + "specified, the latest version is used").label("<version>").string(() -> version, v -> version = v);
        s.option("--verify", "verify the package before using it").bool(() -> verify, v -> verify = v);
        s.option("--keyring", "location of public keys used for verification").label("<keyring>")
                .string(() -> keyring, v -> keyring = v);
        s.option("--repo", "chart repository url where to locate the requested chart").label("<repo>")
                .string(() -> repo, v -> repo = v);
        s.option("--username", "chart repository username where to locate the requested chart").label("<username>")
                .string(() -> username, v -> username = v);
        s.option("--password", "chart repository password where to locate the requested chart").label("<password>")
                .string(() -> password, v -> password = v);
        s.option("--cert-file", "identify HTTPS client using this SSL certificate file").label("<certFile>")
                .string(() -> certFile, v -> certFile = v);
        s.option("--key-file", "identify HTTPS client using this SSL key file").label("<keyFile>")
                .string(() -> keyFile, v -> keyFile = v);
        s.option("--insecure-skip-tls-verify", "skip tls certificate checks for the chart download")
                .bool(() -> insecureSkipTlsVerify, v -> insecureSkipTlsVerify = v);
        s.option("--plain-http", "use insecure HTTP connections for the chart download")
                .bool(() -> plainHttp, v -> plainHttp = v);
        s.option("--ca-file", "verify certificates of HTTPS-enabled servers using this CA bundle").label("<caFile>")
                .string(() -> caFile, v -> caFile = v);
        s.option("--pass-credentials", "pass credentials to all domains")
                .bool(() -> passCredentials, v -> passCredentials = v);
    }

    /**
     * Checks the values as pflag and cobra would have when parsing: a Go duration for --timeout,
     * key=value pairs for --labels, and the mutually exclusive force flags.
     */
    void check() {
        if (timeout != null) {
            String problem = GoDurations.problem(timeout);
            if (problem != null) {
                throw new UsageException("invalid argument \"" + timeout + "\" for \"--timeout\" flag: " + problem);
            }
        }
        for (String l : labels) {
            for (String pair : l.split(",", -1)) {
                if (!pair.contains("=")) {
                    throw new UsageException("invalid argument \"" + l + "\" for \"-l, --labels\" flag: " + pair
                            + " must be formatted as key=value");
                }
            }
        }
        exclusive("force-replace", forceReplace, "force-conflicts", forceConflicts);
        exclusive("force", force, "force-conflicts", forceConflicts);
    }

    /** Cobra's MarkFlagsMutuallyExclusive. */
    private static void exclusive(String a, boolean aSet, String b, boolean bSet) {
        if (aSet && bSet) {
            throw new UsageException("if any flags in the group [" + a + " " + b + "] are set none of the others can be; "
                    + "[" + String.join(" ", new TreeSet<>(List.of(a, b))) + "] were all set");
        }
    }
}
