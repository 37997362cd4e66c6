package io.helm4j.cli;

import java.io.PrintWriter;
import java.util.Map;

/** {@code helm4j env [NAME]}: Helm's environment, as {@code helm env} prints it. */
public final class EnvCommand extends HelmCommand<Void> {
    EnvCommand() {
        super("env", "helm client environment information");
    }

    @Override
    int execute() {
        HelmArgs.atMost(this, 1);
        Map<String, String> vars = settings().envVars(context().programName());
        PrintWriter out = out();
        if (!args.isEmpty()) {
            String v = vars.get(args.get(0));
            if (v != null) {
                out.println(v);
            }
        } else {
            vars.forEach((k, v) -> out.println(k + "=\"" + v + "\""));
        }
        out.flush();
        return 0;
    }
}
