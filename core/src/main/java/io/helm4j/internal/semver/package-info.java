/**
 * Semantic versions and constraints with Masterminds/semver v3 semantics, as Helm and Sprig use
 * them: {@link io.helm4j.internal.semver.SemVersion} (lenient and strict parsing, ordering) and
 * {@link io.helm4j.internal.semver.SemConstraint} (operators, wildcards, ranges, {@code ||}, and prereleases
 * admitted only by AND groups that mention one). Errors carry Masterminds' messages.
 */
package io.helm4j.internal.semver;
