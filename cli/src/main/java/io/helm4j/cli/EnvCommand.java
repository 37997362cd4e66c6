package io.helm4j.cli;

import io.helm4j.settings.HelmSettings;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j env [NAME]}: Helm's environment, as {@code helm env} prints it. */
public final class EnvCommand implements Runnable {
    CommandSpec spec;

    String name;

    static CommandSpec model() {
        EnvCommand c = new EnvCommand();
        Specs s = Specs.command(c, "env").description("helm client environment information")
                .footer("", "Env prints out all the environment information in use by Helm.");
        s.positional("NAME", "0..1", null, () -> c.name, v -> c.name = v);
        c.spec = s.spec();
        return c.spec;
    }

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
