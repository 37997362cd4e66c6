/**
 * kstatus (sigs.k8s.io/cli-utils {@code pkg/kstatus/status}, as Helm 4 uses it): the status of an
 * object read from the cluster ({@link io.helm4j.kube.status.KStatus}), Helm 4's rules for hooks and
 * {@code --wait-for-jobs} ({@link io.helm4j.kube.status.HookRules}), and why a pod is not ready
 * ({@link io.helm4j.kube.status.PodDiagnosis}). Pure functions over {@link io.helm4j.kube.Resource}s:
 * no request is made here.
 */
package io.helm4j.kube.status;
