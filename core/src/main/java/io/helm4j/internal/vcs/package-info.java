/**
 * Git repositories as Helm 4 reaches them through Masterminds/vcs v1.13: the kind of a repository told from its
 * URL or its directory ({@link io.helm4j.internal.vcs.VcsDetect}), the file-system safe cache key of a URL
 * ({@link io.helm4j.internal.vcs.VcsCacheKey}, Helm's {@code internal/plugin/cache}) and the {@code git} commands
 * Masterminds runs, with its messages ({@link io.helm4j.internal.vcs.GitRepo}). {@code git} itself does the work,
 * as in Helm, so credentials, SSH and transports behave as they do there.
 */
package io.helm4j.internal.vcs;
