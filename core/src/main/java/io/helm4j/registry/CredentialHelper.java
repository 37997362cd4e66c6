package io.helm4j.registry;

import io.helm4j.Helm4jException;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Docker's credential helper protocol: {@code docker-credential-NAME get|store|erase}, JSON on stdin/stdout. */
final class CredentialHelper {
    private CredentialHelper() {
    }

    static Credential get(String name, String host, Map<String, String> env) {
        Result r = run(name, "get", host, env);
        if (r.code != 0) {
            if (r.out.contains("credentials not found")) {
                return Credential.EMPTY;
            }
            throw new Helm4jException("docker-credential-" + name + " get " + host + ": " + r.out.strip());
        }
        Map<String, Object> m = GoYaml.fromJsonObject(r.out);
        String user = String.valueOf(m.getOrDefault("Username", ""));
        String secret = String.valueOf(m.getOrDefault("Secret", ""));
        return new Credential(user.equals("<token>") ? "" : user, secret);
    }

    static void store(String name, String host, Credential c, Map<String, String> env) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ServerURL", host);
        m.put("Username", c.username());
        m.put("Secret", c.password());
        Result r = run(name, "store", GoYaml.toJson(m), env);
        if (r.code != 0) {
            throw new Helm4jException("docker-credential-" + name + " store " + host + ": " + r.out.strip());
        }
    }

    static boolean erase(String name, String host, Map<String, String> env) {
        Result r = run(name, "erase", host, env);
        if (r.code != 0 && !r.out.contains("credentials not found")) {
            throw new Helm4jException("docker-credential-" + name + " erase " + host + ": " + r.out.strip());
        }
        return r.code == 0;
    }

    private record Result(int code, String out) {
    }

    /**
     * The helper found on the given environment's {@code PATH}, as Go's {@code exec.LookPath} finds it in the
     * process's (the JDK would search the JVM's own {@code PATH}, not the environment the SDK was given); the bare
     * name when it is not there, so the error names it.
     */
    static String executable(String command, Map<String, String> env) {
        String path = env.get("PATH");
        if (path == null) {
            return command;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            java.nio.file.Path p = java.nio.file.Path.of(dir.isEmpty() ? "." : dir, command);
            if (java.nio.file.Files.isRegularFile(p) && java.nio.file.Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return command;
    }

    private static Result run(String name, String verb, String input, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(executable("docker-credential-" + name, env), verb)
                .redirectErrorStream(true);
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        try {
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Helm4jException("docker-credential-" + name + " " + verb + ": timed out");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new Helm4jException("docker-credential-" + name + " " + verb + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("docker-credential-" + name + " " + verb + ": interrupted", e);
        }
    }
}
