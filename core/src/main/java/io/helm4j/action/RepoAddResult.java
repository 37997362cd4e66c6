package io.helm4j.action;

import io.helm4j.repo.RepoEntry;

/**
 * What {@code helm repo add} did: {@code added} false when the same entry was already there (Helm then
 * skips, saying so).
 */
public record RepoAddResult(RepoEntry entry, boolean added) {
}
