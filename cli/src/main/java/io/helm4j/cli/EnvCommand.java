package io.helm4j.cli;

import io.helm4j.settings.HelmSettings;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helm4j env [NAME]}: Helm's environment, as {@code helm env} prints it. */
@Command(name = "env", description = "helm client environment information",
        footer = {"", "Env prints out all the environment information in use by Helm."})
public final class EnvCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME")
    String name;

    @Override
    public void run() {
        RootCommand root = Commands.root(spec);
        HelmSettings settings = root.context.settings(root.global);
        Map<String, String> vars = settings.envVars(root.context.programName());
        PrintWriter out = spec.commandLine().getOut();
        if (name != null) {
            String v = vars.get(name);
            if (v != null) {
                out.println(v);
            }
        } else {
            vars.forEach((k, v) -> out.println(k + "=\"" + v + "\""));
        }
        out.flush();
    }
}
