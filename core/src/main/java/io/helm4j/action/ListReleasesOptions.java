package io.helm4j.action;

import io.helm4j.release.ReleaseStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@code helm list} takes: the namespace ("" for the client's; ignored with {@code allNamespaces}),
 * the states shown (empty: every state, Helm 4's default), a name filter (a regular expression,
 * "" for none), the sort (by name, or by date with {@code byDate}; {@code reverse}), {@code max}
 * (0 or less for no limit) and {@code offset}.
 */
public record ListReleasesOptions(String namespace, boolean allNamespaces, Set<ReleaseStatus> states, String filter,
        boolean byDate, boolean reverse, int max, int offset) {

    public ListReleasesOptions {
        namespace = namespace == null ? "" : namespace;
        states = states == null || states.isEmpty() ? EnumSet.allOf(ReleaseStatus.class)
                : EnumSet.copyOf(states);
        filter = filter == null ? "" : filter;
        offset = Math.max(0, offset);
    }

    /** Every state, as {@code --all}. */
    public static Set<ReleaseStatus> all() {
        return EnumSet.allOf(ReleaseStatus.class);
    }
}
