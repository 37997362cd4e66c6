package io.helm4j.release;

/** One rendered Kubernetes document: the template it came from, its text, and its head. */
public record Manifest(String name, String content, SimpleHead head) {
}
