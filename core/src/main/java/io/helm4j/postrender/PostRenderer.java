package io.helm4j.postrender;

/**
 * Helm's {@code postrenderer.PostRenderer}: given the rendered manifests and hooks as one YAML stream, returns
 * the stream to use instead (changed, with documents added or dropped), or throws. Each document carries the
 * annotation {@value #FILENAME_ANNOTATION} naming the template it came from; keep it to keep a document with
 * its template, or drop it to have the document listed as {@code generated-by-postrender-N.yaml}. Helm removes
 * it afterwards.
 */
@FunctionalInterface
public interface PostRenderer {
    /** The annotation Helm 4 adds to every document while it passes through a post-renderer. */
    String FILENAME_ANNOTATION = "postrenderer.helm.sh/postrender-filename";

    String run(String renderedManifests) throws Exception;
}
