/**
 * Helm's {@code pkg/kube}: the interfaces through which the SDK reads and changes a cluster. Today
 * {@link io.helm4j.kube.ClusterReader}, the seam of the template function {@code lookup}; the
 * {@code KubeClient} (build, apply, delete, wait) lands here with install, its fabric8
 * implementation in a module of its own.
 */
package io.helm4j.kube;
