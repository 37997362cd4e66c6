/**
 * Kubernetes' JSONPath template language ({@code k8s.io/client-go/util/jsonpath}), as {@code kubectl -o
 * jsonpath} and {@code helm show values --jsonpath} use it: literal text and {@code {...}} actions with
 * fields, {@code [n]}, slices, unions, wildcards, recursive descent, filters, and {@code range}/{@code end}.
 */
package io.helm4j.internal.jsonpath;
