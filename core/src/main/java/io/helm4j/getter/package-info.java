/**
 * Helm's {@code pkg/getter}: {@link io.helm4j.getter.Getter}s that fetch what a URL names, chosen by scheme
 * ({@link io.helm4j.getter.Getters}). The HTTP getter runs on the JDK's client, loaded only when used.
 */
package io.helm4j.getter;
