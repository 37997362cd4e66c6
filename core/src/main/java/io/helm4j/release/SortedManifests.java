package io.helm4j.release;

import java.util.List;

/**
 * Rendered templates split and sorted for installation: hooks and plain manifests, each in kind
 * order, plus the hook annotations that were skipped because they name no known event.
 */
public record SortedManifests(List<Hook> hooks, List<Manifest> manifests, List<String> unknownHooks) {
}
