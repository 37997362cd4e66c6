package io.helm4j.internal.vcs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helm's {@code cache.Key}: the directory name under {@code $HELM_CACHE_HOME/plugins} of a repository URL or an
 * SCP-like address ({@code git@host:path}): scheme, user, host and path joined by {@code -}, every {@code /} and
 * {@code :} a {@code -} ({@code https://github.com/x/y} is {@code https-github.com-x-y}).
 */
public final class VcsCacheKey {
    static final Pattern SCP = Pattern.compile("^([a-zA-Z0-9_]+)@([a-zA-Z0-9._-]+):(.*)$");

    private VcsCacheKey() {
    }

    public static String of(String repo) {
        Matcher m = SCP.matcher(repo);
        GoUrl u = m.matches() ? new GoUrl("", m.group(1), m.group(2), "/" + m.group(3), "") : GoUrl.parse(repo);
        StringBuilder key = new StringBuilder();
        if (!u.scheme().isEmpty()) {
            key.append(u.scheme()).append('-');
        }
        if (u.user() != null && !u.user().isEmpty()) {
            key.append(u.user()).append('-');
        }
        key.append(u.host());
        key.append(u.path().replace('/', '-'));
        return key.toString().replace(':', '-');
    }
}
