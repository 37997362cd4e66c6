/**
 * Chart repositories, as Helm's {@code pkg/repo}: for now the repository index ({@code index.yaml})
 * as Helm loads it from its cache, with entries sorted newest first.
 */
package io.helm4j.repo;
