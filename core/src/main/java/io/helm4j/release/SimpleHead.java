package io.helm4j.release;

import java.util.Map;

/** The head of a Kubernetes manifest: apiVersion, kind, metadata.name and metadata.annotations. */
public record SimpleHead(String version, String kind, String name, Map<String, String> annotations) {
}
