package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code helm4j COMMAND --help} against Helm 4's own help, captured from the real Helm 4 into
 * {@code help-goldens/helm4/} (see its README). helm4j runs as a program called {@code helm} (as a
 * {@code helm} link to it would), with the same environment the goldens were captured in, and must
 * print the same bytes, but for the differences {@link #NOT_LISTED} names.
 *
 * <p>Regenerate with {@code -Dgolden.update=true} when Helm 4 is installed
 * ({@code $HOME/.cache/helm4/v4.3.2/helm}, or {@code -Dhelm4.bin=PATH}); review the diff like code.
 */
class HelpGoldensTest {
    /** The help pages compared: each command path of helm4j's (the root is the empty path). */
    static final List<String> COMMANDS = List.of("", "completion", "completion bash", "completion fish",
            "completion powershell", "completion zsh", "create", "dependency", "dependency build", "dependency list",
            "dependency update", "env", "get",
            "get all", "get hooks", "get manifest", "get metadata", "get notes", "get values", "help", "history",
            "rollback", "upgrade",
            "install", "lint", "list", "package", "pull", "push", "registry", "registry login", "registry logout",
            "show", "show all", "show chart", "show crds", "show readme",
            "show values", "status", "template", "test", "uninstall", "verify", "version",
            "repo", "repo add", "repo index", "repo list", "repo remove", "repo update", "search", "search repo",
            "plugin", "plugin install", "plugin list", "plugin uninstall", "plugin update", "plugin package",
            "plugin verify");

    /**
     * The one difference from Helm's help: commands Helm 4 has and helm4j does not implement yet are not
     * listed under Available Commands (they are unknown commands to helm4j, or, for {@code dependency
     * build|update}, hidden commands that refuse to run). Each must be listed in Helm's golden, so the
     * list stays exact: when helm4j implements one, it comes off this list and its line must then match.
     */
    static final Map<String, List<String>> NOT_LISTED = Map.of(
            "search", List.of("hub"));

    /** The environment both programs run in: a home directory (CliBasicsTest's) and no HELM_ or XDG_ variable. */
    static final String HOME = "/home/u";

    static final Path GOLDENS = Path.of("src/test/resources/help-goldens/helm4");

    static final Path HELM4 = Path.of(System.getProperty("helm4.bin",
            System.getProperty("user.home") + "/.cache/helm4/v4.3.2/helm"));

    static Stream<String> commands() {
        return COMMANDS.stream();
    }

    @ParameterizedTest(name = "helm {0} --help")
    @MethodSource("commands")
    void helpIsHelms(String command) throws Exception {
        if (Boolean.getBoolean("golden.update")) {
            update(command);
        }
        String golden = golden(command);
        String expected = withoutUnlisted(golden, NOT_LISTED.getOrDefault(command, List.of()));
        assertThat(helm4j("helm", command)).isEqualTo(expected);
    }

    @Test
    void helpCommandPrintsTheSameAsTheHelpFlag() {
        for (String command : List.of("template", "show values", "dependency")) {
            List<String> args = new ArrayList<>(List.of("help"));
            args.addAll(Arrays.asList(command.split(" ")));
            assertThat(run("helm", args)).as("help " + command).isEqualTo(helm4j("helm", command));
        }
        assertThat(run("helm", List.of())).as("no command").isEqualTo(helm4j("helm", ""));
        assertThat(run("helm", List.of("show"))).as("a command that groups others").isEqualTo(helm4j("helm", "show"));
    }

    /** Variables that change the defaults help shows (as Helm's flags take their defaults from them). */
    static final Map<String, String> ENV = Map.of("HELM_NAMESPACE", "foo", "HELM_BURST_LIMIT", "5", "HELM_QPS", "2.5",
            "HELM_KUBEASGROUPS", "a,b", "HELM_DEBUG", "true", "HELM_KUBECONTEXT", "ctx", "XDG_CACHE_HOME", "/xc",
            "HELM_COLOR", "never", "GNUPGHOME", "/gpg");

    /** {@code helm template --help} with {@link #ENV} set: golden {@code helm_template@env.txt}. */
    @Test
    void defaultsComeFromTheEnvironmentAsHelmsDo() throws Exception {
        if (Boolean.getBoolean("golden.update")) {
            update("template", "helm_template@env.txt", ENV);
        }
        CliBasicsTest.Result r = CliBasicsTest.runAs("helm", ENV, "template", "--help");
        assertThat(r.out()).isEqualTo(resource("helm_template@env.txt"));
    }

    /** Where cobra finds a command for help, checked against real Helm 4 by hand (Helm 4.3.2 prints the same). */
    @Test
    void helpFindsTheCommandAsCobraDoes() throws IOException {
        assertThat(run("helm", List.of("--help", "template"))).as("--help before the command: the root's")
                .isEqualTo(helm4j("helm", ""));
        assertThat(run("helm", List.of("help", "template", "extra"))).as("words after a command are its arguments")
                .isEqualTo(helm4j("helm", "template"));
        assertThat(run("helm", List.of("show", "nosuch"))).isEqualTo(helm4j("helm", "show"));
        CliBasicsTest.Result r = CliBasicsTest.runAs("helm", Map.of(), "help", "nosuch");
        String rootUsage = withoutUnlisted(golden(""), NOT_LISTED.getOrDefault("", List.of()));
        assertThat(r.err()).isEqualTo("Unknown help topic [`nosuch`]\n" + rootUsage.substring(rootUsage.indexOf("Usage:")));
        assertThat(r.out()).isEmpty();
        assertThat(r.code()).isZero();
    }

    /** As {@code helm4j}, the command paths cobra prints name helm4j; Helm's texts are unchanged. */
    @Test
    void theCommandPathIsTheProgramsName() throws IOException {
        String own = helm4j("helm4j", "template");
        String helms = helm4j("helm", "template");
        assertThat(own).contains("\nUsage:\n  helm4j template [NAME] [CHART] [flags]\n")
                .isEqualTo(helms.replace("\n  helm template [NAME]", "\n  helm4j template [NAME]"));
        String root = helm4j("helm4j", "");
        assertThat(root).contains("\nUsage:\n  helm4j [command]\n", "  -h, --help   ",
                "help for helm4j\n", "\nUse \"helm4j [command] --help\" for more information about a command.\n")
                .startsWith(golden("").substring(0, golden("").indexOf("\nUsage:")));
    }

    /** The golden without the Available Commands lines of {@code unlisted}, each of which must be there. */
    static String withoutUnlisted(String golden, List<String> unlisted) {
        List<String> lines = new ArrayList<>(Arrays.asList(golden.split("\n", -1)));
        for (String name : unlisted) {
            List<String> matching = lines.stream().filter(l -> l.startsWith("  " + name + " ")).toList();
            assertThat(matching).as("Helm's help lists the command %s once", name).hasSize(1);
            lines.remove(matching.get(0));
        }
        return String.join("\n", lines);
    }

    static String helm4j(String program, String command) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.addAll(Arrays.asList(command.split(" ")));
        }
        args.add("--help");
        return run(program, args);
    }

    private static String run(String program, List<String> args) {
        CliBasicsTest.Result r = CliBasicsTest.runAs(program, Map.of(), args.toArray(String[]::new));
        assertThat(r.err()).as("stderr of %s", args).isEmpty();
        assertThat(r.code()).as("exit code of %s", args).isZero();
        return r.out();
    }

    static String fileName(String command) {
        return (command.isEmpty() ? "helm" : "helm_" + command.replace(' ', '_')) + ".txt";
    }

    static String golden(String command) throws IOException {
        return resource(fileName(command));
    }

    static String resource(String file) throws IOException {
        try (InputStream in = HelpGoldensTest.class.getResourceAsStream("/help-goldens/helm4/" + file)) {
            if (in == null) {
                fail("no golden " + file + ": run with -Dgolden.update=true and Helm 4 installed");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs the real Helm 4 in the goldens' environment and writes its help into the source tree. */
    static void update(String command) throws IOException, InterruptedException {
        update(command, fileName(command), Map.of());
    }

    static void update(String command, String file, Map<String, String> env) throws IOException, InterruptedException {
        if (!Files.isExecutable(HELM4)) {
            fail("-Dgolden.update=true needs Helm 4 at " + HELM4 + " (or -Dhelm4.bin=PATH)");
        }
        List<String> cmd = new ArrayList<>(List.of(HELM4.toString()));
        if (!command.isEmpty()) {
            cmd.addAll(Arrays.asList(command.split(" ")));
        }
        cmd.add("--help");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().put("HOME", HOME);
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("helm " + command + " --help failed");
        }
        Files.createDirectories(GOLDENS);
        Files.write(GOLDENS.resolve(file), out);
        // the class path copy too, so this run compares against what it just wrote
        Path copy = Path.of("target/test-classes/help-goldens/helm4");
        Files.createDirectories(copy);
        Files.write(copy.resolve(file), out);
    }
}
