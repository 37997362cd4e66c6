/**
 * Change sets and drift (beyond Helm): what applying a manifest would change on the cluster, computed by
 * the API server itself (a server-side dry-run apply under the field manager {@code helm}, so defaults,
 * admission and field ownership are included) and compared with the live objects; or, without a cluster,
 * what changes between two manifests. {@link ChangeSetEngine} computes {@link ChangeSet}s,
 * {@link ChangeSetFormat} renders them as the popular helm-diff plugin does ({@code diff}, {@code simple},
 * {@code json}, {@code template}); {@link DriftDetector} compares a release's objects with what it applied.
 *
 * <p>Secret values never leave this package unmasked unless asked ({@link DiffSettings#showSecrets()}):
 * they read {@code (changed)} or {@code (unchanged)}.
 */
package io.helm4j.diff;
