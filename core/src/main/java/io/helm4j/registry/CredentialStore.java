package io.helm4j.registry;

import io.helm4j.Helm4jException;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry credentials as Helm keeps them: Docker's {@code config.json} format in Helm's registry config file
 * ({@code auths.HOST.auth}, base64 of {@code user:password}, or {@code credHelpers.HOST} / {@code credsStore}
 * naming a {@code docker-credential-NAME} program), read with Docker's own {@code config.json} as a fallback, so
 * {@code docker login} credentials work. Login and logout write Helm's file only (mode 0600, through a temporary
 * file), or the credential helper it names.
 */
final class CredentialStore {
    private final Path helmConfig;
    private final List<Path> fallbacks;
    private final Map<String, String> env;

    CredentialStore(Path helmConfig, Map<String, String> env, Path userHome) {
        this.helmConfig = helmConfig;
        this.env = env;
        String dockerDir = env.get("DOCKER_CONFIG");
        Path docker = dockerDir != null && !dockerDir.isEmpty() ? Path.of(dockerDir, "config.json")
                : userHome.resolve(".docker/config.json");
        this.fallbacks = docker.equals(helmConfig) ? List.of() : List.of(docker);
    }

    /** The credential for {@code host}: Helm's file first, then Docker's; empty when neither has one. */
    Credential get(String host) {
        List<Path> files = new ArrayList<>();
        files.add(helmConfig);
        files.addAll(fallbacks);
        for (Path f : files) {
            Map<String, Object> cfg = load(f);
            String helper = helper(cfg, host);
            if (helper != null) {
                Credential c = CredentialHelper.get(helper, host, env);
                if (!c.isEmpty()) {
                    return c;
                }
                continue;
            }
            if (cfg.get("auths") instanceof Map<?, ?> auths) {
                Object entry = auths.get(host);
                if (entry == null) {
                    entry = auths.get("https://" + host);
                }
                if (entry instanceof Map<?, ?> e) {
                    Credential c = decode(e, f, host);
                    if (!c.isEmpty()) {
                        return c;
                    }
                }
            }
        }
        return Credential.EMPTY;
    }

    /** Stores the credential for {@code host} in Helm's file (or its credential helper). */
    void put(String host, Credential c) {
        Map<String, Object> cfg = load(helmConfig);
        String helper = helper(cfg, host);
        if (helper != null) {
            CredentialHelper.store(helper, host, c, env);
            return;
        }
        Map<String, Object> auths = section(cfg);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("auth", Base64.getEncoder().encodeToString((c.username() + ":" + c.password())
                .getBytes(StandardCharsets.UTF_8)));
        auths.put(host, entry);
        write(cfg);
    }

    /** Removes the credential for {@code host}; false when Helm's file had none. */
    boolean remove(String host) {
        Map<String, Object> cfg = load(helmConfig);
        String helper = helper(cfg, host);
        if (helper != null) {
            return CredentialHelper.erase(helper, host, env);
        }
        Map<String, Object> auths = section(cfg);
        if (auths.remove(host) == null) {
            return false;
        }
        write(cfg);
        return true;
    }

    private static String helper(Map<String, Object> cfg, String host) {
        if (cfg.get("credHelpers") instanceof Map<?, ?> helpers && helpers.get(host) instanceof String h
                && !h.isEmpty()) {
            return h;
        }
        return cfg.get("credsStore") instanceof String s && !s.isEmpty() ? s : null;
    }

    private static Credential decode(Map<?, ?> e, Path file, String host) {
        if (e.get("auth") instanceof String auth && !auth.isEmpty()) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ex) {
                throw new Helm4jException("invalid auth for " + host + " in " + file + ": " + ex.getMessage(), ex);
            }
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw new Helm4jException("invalid auth for " + host + " in " + file + ": no ':' in user:password");
            }
            return new Credential(pair.substring(0, colon), pair.substring(colon + 1));
        }
        if (e.get("identitytoken") instanceof String token && !token.isEmpty()) {
            return new Credential("<token>", token);
        }
        String user = e.get("username") instanceof String u ? u : "";
        String pass = e.get("password") instanceof String p ? p : "";
        return new Credential(user, pass);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> cfg) {
        Object auths = cfg.get("auths");
        if (!(auths instanceof Map<?, ?>)) {
            auths = new LinkedHashMap<String, Object>();
            cfg.put("auths", auths);
        }
        return (Map<String, Object>) auths;
    }

    private static Map<String, Object> load(Path f) {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new Helm4jException("read " + f + ": " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return deepCopy(GoYaml.fromJsonObject(text));
        } catch (RuntimeException e) {
            throw new Helm4jException("failed to decode config file at " + f + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> sub ? deepCopy((Map<String, Object>) sub) : v));
        return out;
    }

    private void write(Map<String, Object> cfg) {
        try {
            Path dir = helmConfig.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "config", ".tmp");
            try {
                Files.writeString(tmp, GoYaml.toPrettyJson(cfg).replace("  ", "\t"), StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                Files.move(tmp, helmConfig, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Helm4jException("write " + helmConfig + ": " + e.getMessage(), e);
        }
    }
}
