/**
 * Helm's {@code pkg/registry}: charts in OCI registries, on a small distribution client of our own over the
 * JDK's {@code HttpClient}. {@link io.helm4j.registry.RegistryClient} is the one entry point (login, logout,
 * push, pull, tags); each registry endpoint is one small class run by it ({@code ManifestPuller},
 * {@code BlobPuller}, {@code BlobPusher}, {@code ManifestPusher}, {@code TagLister}), every request described
 * in its errors ("pull blob sha256:... from host/repo"), every blob's digest checked while it streams.
 * Authentication follows the distribution spec: anonymous first, then the challenge of a 401 (a bearer token
 * from the realm, with basic credentials when known, or basic auth), with credentials from Helm's registry
 * config ({@code HELM_REGISTRY_CONFIG}) and, as Helm falls back to it, Docker's {@code config.json}, including
 * {@code credsStore}/{@code credHelpers} ({@code docker-credential-*} programs). Media types, the manifest
 * and its annotations are Helm's, so Helm and helm4j pull each other's charts and push identical manifests.
 */
package io.helm4j.registry;
