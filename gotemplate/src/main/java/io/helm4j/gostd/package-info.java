/**
 * Ports of the parts of Go's standard library that Helm's behaviour shows through: {@code strconv}
 * quoting ({@link io.helm4j.gostd.Strconv}), {@code unicode} ({@link io.helm4j.gostd.Unicode}),
 * {@code strings} ({@link io.helm4j.gostd.Strings}), {@code path} ({@link io.helm4j.gostd.Paths}) and
 * {@code net/url} ({@link io.helm4j.gostd.Url}).
 * One copy of each, used by every package of every module; no dependencies.
 */
package io.helm4j.gostd;
