/**
 * Helm's post-rendering: a {@link io.helm4j.postrender.PostRenderer} rewrites the rendered manifests and hooks
 * as one YAML stream before Helm sorts them; {@link io.helm4j.postrender.ExecPostRenderer} runs an executable
 * for it (Helm 3's exec post-renderer; Helm 4's post-renderer plugins are not yet in helm4j).
 */
package io.helm4j.postrender;
