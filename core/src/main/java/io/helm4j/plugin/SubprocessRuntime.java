package io.helm4j.plugin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Helm 4's {@code subprocess} runtime: the command for this platform ({@code platformCommand}, Helm's
 * {@code getPlatformCommand}), its {@code $VAR}s expanded from the plugin's environment, run with that environment
 * ({@code HELM_*}, {@code HELM_PLUGIN_NAME}, {@code HELM_PLUGIN_DIR}). A CLI plugin's streams are the user's; a
 * post-renderer gets the manifests on stdin and gives them back on stdout, its stderr the user's.
 */
public final class SubprocessRuntime {
    private SubprocessRuntime() {
    }

    /** Go's {@code runtime.GOOS} for this machine. */
    static String goos() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : os.replace(' ', '_');
    }

    /** Go's {@code runtime.GOARCH} for this machine. */
    static String goarch() {
        String a = System.getProperty("os.arch", "");
        return switch (a) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> a;
        };
    }

    /**
     * Helm's {@code PrepareCommands}: the program and its arguments for this platform, {@code $VAR}s expanded from
     * {@code env} (the arguments only when {@code expandArgs}), then {@code extraArgs}.
     */
    public static List<String> command(List<PlatformCommand> cmds, boolean expandArgs, List<String> extraArgs,
            Map<String, String> env) {
        PlatformCommand chosen = platformCommand(cmds, goos(), goarch());
        List<String> parts = chosen == null ? List.of() : Arrays.asList(chosen.command().split(" ", -1));
        if (parts.isEmpty() || parts.get(0).isEmpty()) {
            throw new PluginException(null, "no plugin command is applicable");
        }
        List<String> out = new ArrayList<>();
        out.add(GoExpand.expand(parts.get(0), env));
        for (String p : parts.subList(1, parts.size())) {
            out.add(expandArgs ? GoExpand.expand(p, env) : p);
        }
        for (String a : chosen.args()) {
            out.add(expandArgs ? GoExpand.expand(a, env) : a);
        }
        out.addAll(extraArgs);
        return out;
    }

    /** Helm's {@code getPlatformCommand}: exact os and arch first, then the os alone, then the first for any. */
    static PlatformCommand platformCommand(List<PlatformCommand> cmds, String os, String arch) {
        PlatformCommand found = null;
        boolean foundOs = false;
        for (PlatformCommand c : cmds) {
            if (c.os().equalsIgnoreCase(os) && c.arch().equalsIgnoreCase(arch)) {
                return c;
            }
            if ((!c.os().isEmpty() && !c.os().equalsIgnoreCase(os)) || !c.arch().isEmpty()) {
                continue;
            }
            if (!foundOs && !c.os().isEmpty() && c.os().equalsIgnoreCase(os)) {
                found = c;
                foundOs = true;
            } else if (found == null) {
                found = c;
            }
        }
        return found;
    }

    /**
     * The environment a plugin runs with: the process's, then Helm's {@code HELM_*} settings ({@code helm env}),
     * then {@code HELM_PLUGIN_NAME} and {@code HELM_PLUGIN_DIR}.
     */
    public static Map<String, String> environment(Plugin plugin, Map<String, String> processEnv,
            Map<String, String> helmEnv) {
        Map<String, String> env = new LinkedHashMap<>(processEnv);
        env.putAll(helmEnv);
        env.put("HELM_PLUGIN_NAME", plugin.name());
        env.put("HELM_PLUGIN_DIR", plugin.dir().toString());
        return env;
    }

    private static RuntimeConfig.Subprocess config(Plugin plugin) {
        if (plugin.metadata().runtimeConfig() instanceof RuntimeConfig.Subprocess s) {
            return s;
        }
        throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\" does not use the subprocess runtime");
    }

    /** Runs a {@code cli/v1} plugin with the user's streams; a non-zero exit is Helm's error, with its status. */
    public static void runCli(Plugin plugin, List<String> extraArgs, Map<String, String> env, PluginIo io) {
        List<String> cmd = prepared(plugin, config(plugin).platformCommand(), true, extraArgs, env);
        int exit = run(plugin, cmd, env, io);
        if (exit != 0) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\" exited with error", null, exit);
        }
    }

    /**
     * Runs a {@code postrenderer/v1} plugin: the manifests on its stdin, its stdout the result, its stderr passed
     * to {@code stderr} as it comes. Errors as Helm's ({@code failed to invoke post-renderer plugin "N": ...}).
     */
    public static String postRender(Plugin plugin, String manifests, List<String> args, Map<String, String> env,
            OutputStream stderr) {
        String prefix = "failed to invoke post-renderer plugin \"" + plugin.name() + "\": ";
        List<String> cmd;
        try {
            cmd = prepared(plugin, config(plugin).platformCommand(), true, args, env);
        } catch (PluginException e) {
            throw new PluginException(plugin.name(), prefix + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(plugin, cmd, env, new PluginIo(new java.io.ByteArrayInputStream(
                manifests.getBytes(StandardCharsets.UTF_8)), out, stderr, false));
        if (exit != 0) {
            throw new PluginException(plugin.name(), prefix + "plugin \"" + plugin.name() + "\" exited with error",
                    null, exit);
        }
        String result = out.toString(StandardCharsets.UTF_8);
        if (result.isBlank()) {
            throw new PluginException(plugin.name(), "post-renderer \"" + plugin.name() + "\" produced empty output");
        }
        return result;
    }

    /**
     * Runs the plugin's hook for {@code event} ({@code install}, {@code delete}, {@code update}) if it has one, with
     * the process's environment and the plugin's name and directory (not Helm's settings, as Helm).
     */
    public static void runHook(Plugin plugin, String event, Map<String, String> processEnv, PluginIo io) {
        if (!(plugin.metadata().runtimeConfig() instanceof RuntimeConfig.Subprocess s)) {
            return;
        }
        List<PlatformCommand> cmds = s.platformHooks().getOrDefault(event, List.of());
        if (cmds.isEmpty()) {
            return;
        }
        Map<String, String> env = environment(plugin, processEnv, Map.of());
        List<String> cmd = prepared(plugin, cmds, s.expandHookArgs(), List.of(), env);
        if (run(plugin, cmd, env, io) != 0) {
            throw new PluginException(plugin.name(), "plugin " + event + " hook for \"" + plugin.name()
                    + "\" exited with error");
        }
    }

    private static List<String> prepared(Plugin plugin, List<PlatformCommand> cmds, boolean expand, List<String> extra,
            Map<String, String> env) {
        try {
            return command(cmds, expand, extra, env);
        } catch (PluginException e) {
            throw new PluginException(plugin.name(), "failed to prepare plugin command: " + e.getMessage(), e);
        }
    }

    /** Runs the command and returns its exit status; a program that cannot start names the plugin. */
    static int run(Plugin plugin, List<String> cmd, Map<String, String> env, PluginIo io) {
        List<String> resolved = new ArrayList<>(cmd);
        resolved.set(0, lookPath(plugin, cmd.get(0), env.getOrDefault("PATH", "")));
        ProcessBuilder pb = new ProcessBuilder(resolved);
        pb.environment().clear();
        pb.environment().putAll(env);
        boolean pipeIn = !io.inheritProcessStreams();
        boolean pipeOut = !io.inheritProcessStreams();
        boolean pipeErr = !io.inheritProcessStreams();
        pb.redirectInput(pipeIn ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        pb.redirectOutput(pipeOut ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        pb.redirectError(pipeErr ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        try {
            flush(io.stdout());
            flush(io.stderr());
            Process p = pb.start();
            List<Thread> pumps = new ArrayList<>();
            if (pipeIn) {
                pumps.add(Thread.ofVirtual().start(() -> copy(io.stdin(), p.getOutputStream(), true)));
            }
            if (pipeOut) {
                pumps.add(Thread.ofVirtual().start(() -> copy(p.getInputStream(), io.stdout(), false)));
            }
            if (pipeErr) {
                pumps.add(Thread.ofVirtual().start(() -> copy(p.getErrorStream(), io.stderr(), false)));
            }
            int exit = p.waitFor();
            for (Thread t : pumps.subList(pipeIn ? 1 : 0, pumps.size())) {
                t.join();
            }
            flush(io.stdout());
            flush(io.stderr());
            return exit;
        } catch (IOException e) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": exec: \"" + cmd.get(0) + "\": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\" was interrupted", e);
        }
    }

    /** Go's {@code exec.LookPath} in the plugin's {@code PATH}: a name with a slash is used as it is. */
    private static String lookPath(Plugin plugin, String name, String path) {
        if (name.contains("/")) {
            return name;
        }
        for (String dir : path.split(":", -1)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": exec: \"" + name
                + "\": executable file not found in $PATH");
    }

    private static void copy(InputStream in, OutputStream out, boolean closeOut) {
        try (in) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (!closeOut) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the other side closed (a plugin that does not read its input): its exit status tells the rest
        } finally {
            if (closeOut) {
                try {
                    out.close();
                } catch (IOException e) {
                    // already closed by the process
                }
            }
        }
    }

    private static void flush(OutputStream o) throws IOException {
        o.flush();
    }
}
