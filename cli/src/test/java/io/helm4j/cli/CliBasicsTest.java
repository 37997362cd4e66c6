package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.Helm4jException;
import io.helm4j.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliBasicsTest {
    record Result(int code, String out, String err) {
    }

    static Result run(Map<String, String> env, String... args) {
        return runAs("helm4j", env, args);
    }

    /** Runs the command line as a program called {@code program} (a {@code helm} link says helm). */
    static Result runAs(String program, Map<String, String> env, String... args) {
        CliContext ctx = new CliContext(env, Path.of("/home/u"), program);
        CommandLine cl = RootCommand.commandLine(ctx, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionPrintsHelmStyleBuildInfo() {
        Result r = run(Map.of(), "version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("version.BuildInfo{Version:\"v4.").endsWith("}\n");
        assertThat(run(Map.of(), "version", "--short").out()).isEqualTo("v4.0.0\n");
    }

    /** Main prints plain {@code version} and {@code version --short} without picocli: the same text, nothing else taken. */
    @Test
    void plainVersionShortcutPrintsWhatTheCommandPrints() {
        assertThat(Main.plainVersion(new String[] {"version"})).isTrue();
        assertThat(Main.plainVersion(new String[] {"version", "--short"})).isTrue();
        assertThat(Main.plainVersion(new String[] {"version", "--template", "{{.Version}}"})).isFalse();
        assertThat(Main.plainVersion(new String[] {"version", "--short=false"})).isFalse();
        assertThat(Main.plainVersion(new String[] {"--debug", "version"})).isFalse();
        assertThat(Main.plainVersion(new String[] {"version", "extra"})).isFalse();
        assertThat(Main.plainVersion(new String[] {"env"})).isFalse();
        assertThat(VersionCommand.text(io.helm4j.BuildInfo.current(), false)).isEqualTo(run(Map.of(), "version").out());
        assertThat(VersionCommand.text(io.helm4j.BuildInfo.current(), true)).isEqualTo(run(Map.of(), "version", "--short").out());
    }

    /** {@code --template} formats Helm's BuildInfo struct; the outputs below are Helm 4.3.2's, with helm4j's values. */
    @Test
    void versionTemplateFormatsTheBuildInfoAsHelmDoes() {
        assertThat(run(Map.of(), "version", "--template", "{{.Version}}|{{.GoVersion}}").out()).isEqualTo("v4.0.0|java25");
        assertThat(run(Map.of(), "version", "--template", "{{.}}").out()).isEqualTo("{v4.0.0   java25 v1.34}");
        assertThat(run(Map.of(), "version", "--template", "{{printf \"%T\" .}}").out()).isEqualTo("version.BuildInfo");
        Result r = run(Map.of(), "version", "--template", "{{.Nope}}");
        assertThat(r.err()).isEqualTo("Error: template: _:1:2: executing \"_\" at <.Nope>: can't evaluate field Nope in "
                + "type version.BuildInfo\n");
        assertThat(r.code()).isEqualTo(1);
        assertThat(run(Map.of(), "version", "--template", "{{.Version").err())
                .isEqualTo("Error: template: _:1: unclosed action\n");
    }

    @Test
    void envUsesXdgDefaultsUnderTheHomeDirectory() {
        Result r = run(Map.of(), "env");
        assertThat(r.out()).contains("HELM_CACHE_HOME=\"/home/u/.cache/helm\"\n")
                .contains("HELM_CONFIG_HOME=\"/home/u/.config/helm\"\n")
                .contains("HELM_DATA_HOME=\"/home/u/.local/share/helm\"\n")
                .contains("HELM_REGISTRY_CONFIG=\"/home/u/.config/helm/registry/config.json\"\n")
                .contains("HELM_NAMESPACE=\"default\"\n");
    }

    @Test
    void envHonoursHelmVariablesAndFlagsOverrideThem() {
        Map<String, String> env = Map.of("HELM_NAMESPACE", "fromenv", "XDG_CACHE_HOME", "/x/cache",
                "HELM_MAX_HISTORY", "3");
        assertThat(run(env, "env", "HELM_NAMESPACE").out()).isEqualTo("fromenv\n");
        assertThat(run(env, "-n", "flag", "env", "HELM_NAMESPACE").out()).isEqualTo("flag\n");
        assertThat(run(env, "env", "HELM_REPOSITORY_CACHE").out()).isEqualTo("/x/cache/helm/repository\n");
        assertThat(run(env, "env", "HELM_MAX_HISTORY").out()).isEqualTo("3\n");
    }

    @Test
    void envListsVariablesSortedByName() {
        String out = run(Map.of(), "env").out();
        String[] lines = out.split("\n");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i - 1].compareTo(lines[i])).isNegative();
        }
    }

    @Test
    void completionScriptsExistForEveryShell() {
        for (String shell : new String[] {"bash", "zsh", "fish", "powershell"}) {
            Result r = run(Map.of(), "completion", shell);
            assertThat(r.code()).as(shell).isZero();
            assertThat(r.out()).as(shell).contains("helm4j");
        }
        // as cobra: a command that groups others prints its help whatever follows it
        Result tcsh = run(Map.of(), "completion", "tcsh");
        assertThat(tcsh.code()).isZero();
        assertThat(tcsh.out()).isEqualTo(run(Map.of(), "completion", "--help").out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Result r = run(Map.of(), "no-such-command");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Error: unknown command \"no-such-command\" for \"helm4j\"\n");
    }

    @Test
    void exceptionsCarryTheirExitCodes() {
        assertThat(new Helm4jException("x").exitCode()).isEqualTo(1);
        assertThat(new UsageException("x").exitCode()).isEqualTo(2);
    }

    @Test
    void findsTheCommandNamePastGlobalFlagsAndTheirValues() {
        assertThat(Subcommands.commandName(new String[] {"-n", "prod", "--debug", "template", "x"})).isEqualTo("template");
        assertThat(Subcommands.commandName(new String[] {"--namespace=prod", "version"})).isEqualTo("version");
        assertThat(Subcommands.commandName(new String[] {"--help"})).isNull();
    }

    @Test
    void helpListsEveryCommandAndAliasesReachTheirCommand() {
        String help = run(Map.of(), "--help").out();
        for (String name : Subcommands.names()) {
            assertThat(help).contains(name);
        }
        assertThat(run(Map.of(), "-n", "x", "env", "HELM_NAMESPACE").out()).isEqualTo("x\n");
        assertThat(run(Map.of(), "inspect", "--help").code()).isZero();
    }

    @Test
    void flagErrorsReadLikePflag() {
        Result r = run(Map.of(), "template", "--foo=1", "x");
        assertThat(r.err()).isEqualTo("Error: unknown flag: --foo\n");
        assertThat(r.code()).isEqualTo(2);
        assertThat(run(Map.of(), "template", "-z", "x").err()).isEqualTo("Error: unknown shorthand flag: 'z' in -z\n");
        assertThat(run(Map.of(), "template", "x", "--set").err()).isEqualTo("Error: flag needs an argument: --set\n");
        assertThat(run(Map.of(), "template", "x", "-f").err()).isEqualTo("Error: flag needs an argument: 'f' in -f\n");
        assertThat(run(Map.of(), "--burst-limit", "abc", "version").err())
                .isEqualTo("Error: invalid argument \"abc\" for \"--burst-limit\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax\n");
        assertThat(run(Map.of(), "nosuch").err())
                .isEqualTo("Error: unknown command \"nosuch\" for \"helm4j\"\nRun 'helm4j --help' for usage.\n");
    }

    @Test
    void argumentCountErrorsReadLikeCobra() {
        Result r = runAs("/usr/bin/helm", Map.of(), "create");
        assertThat(r.err()).isEqualTo("Error: \"helm create\" requires 1 argument\n\nUsage:  helm create NAME [flags]\n");
        assertThat(r.code()).isEqualTo(2);
        assertThat(run(Map.of(), "show", "values", "a", "b").err())
                .isEqualTo("Error: \"helm4j show values\" requires 1 argument\n\nUsage:  helm4j show values [CHART] [flags]\n");
        assertThat(run(Map.of(), "dependency", "list", "a", "b").err())
                .startsWith("Error: \"helm4j dependency list\" accepts at most 1 argument\n");
    }

    @Test
    void everyCommandIsDeclaredInCodeNotByReflection() {
        CommandLine root = RootCommand.commandLine(new CliContext(Map.of(), Path.of("/home/u"), "helm4j"));
        java.util.List<String> reflective = new java.util.ArrayList<>();
        java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        int args = 0;
        while (!todo.isEmpty()) {
            CommandLine cl = todo.pop();
            todo.addAll(cl.getSubcommands().values());
            for (CommandLine.Model.ArgSpec a : cl.getCommandSpec().args()) {
                args++;
                // picocli's own bindings (FieldBinding, MethodBinding...) are what annotation scanning makes
                if (!a.getter().getClass().getName().startsWith("io.helm4j.cli.")
                        || !a.setter().getClass().getName().startsWith("io.helm4j.cli.")) {
                    reflective.add(cl.getCommandSpec().qualifiedName() + " " + a);
                }
                // every flag but -h is a Flag: declared once, with its type and Helm's usage text for help
                if (a instanceof CommandLine.Model.OptionSpec o && !o.usageHelp() && !(o.getter() instanceof Flag<?>)) {
                    reflective.add(cl.getCommandSpec().qualifiedName() + " " + a + " is not a Flag");
                }
            }
        }
        assertThat(args).isGreaterThan(100);
        assertThat(reflective).isEmpty();
    }

    @Test
    void completeAnswersAsCobraDoes() {
        Result r = run(Map.of(), "__complete", "te");
        // as Helm 4.3.2's `helm __complete te`
        assertThat(r.out()).isEqualTo("template\tlocally render templates\ntest\trun tests for a release\n:4\n");
        assertThat(r.err()).isEqualTo("Completion ended with directive: ShellCompDirectiveNoFileComp\n");
        assertThat(run(Map.of(), "__completeNoDesc", "te").out()).isEqualTo("template\ntest\n:4\n");
        // not known yet: no choices, and the shell completes file names
        r = run(Map.of(), "__complete", "template", "x", "");
        assertThat(r.out()).isEqualTo(":0\n");
        assertThat(r.err()).isEqualTo("Completion ended with directive: ShellCompDirectiveDefault\n");
        assertThat(run(Map.of(), "--help").out()).doesNotContain("__complete");
        assertThat(run(Map.of(), "completion", "fish").out()).doesNotContain("__complete");
    }
}
