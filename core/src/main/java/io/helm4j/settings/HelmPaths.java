package io.helm4j.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Helm's XDG base directories ({@code helmpath}): {@code HELM_CACHE_HOME}, {@code HELM_CONFIG_HOME},
 * {@code HELM_DATA_HOME}, else {@code $XDG_*_HOME/helm}, else the XDG defaults under the home directory.
 */
public record HelmPaths(Path cacheHome, Path configHome, Path dataHome) {

    /** Resolves the three homes from an environment map and a user home directory. */
    public static HelmPaths from(Map<String, String> env, Path userHome) {
        return new HelmPaths(
                resolve(env, "HELM_CACHE_HOME", "XDG_CACHE_HOME", userHome.resolve(".cache")),
                resolve(env, "HELM_CONFIG_HOME", "XDG_CONFIG_HOME", userHome.resolve(".config")),
                resolve(env, "HELM_DATA_HOME", "XDG_DATA_HOME", userHome.resolve(".local/share")));
    }

    private static Path resolve(Map<String, String> env, String helmVar, String xdgVar, Path xdgDefault) {
        String helm = env.get(helmVar);
        if (helm != null && !helm.isEmpty()) {
            return Path.of(helm);
        }
        String xdg = env.get(xdgVar);
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : xdgDefault;
        return base.resolve("helm");
    }

    public Path cachePath(String elem) {
        return cacheHome.resolve(elem);
    }

    public Path configPath(String elem) {
        return configHome.resolve(elem);
    }

    public Path dataPath(String elem) {
        return dataHome.resolve(elem);
    }
}
