package io.helm4j.action;

/** What {@code helm show} prints, exactly. */
public record ShowResult(String output) {
}
