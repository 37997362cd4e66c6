package io.helm4j.kube;

/**
 * Discovery does not know the kind (client-go's NoKindMatchError):
 * {@code no matches for kind "Foo" in version "example.com/v1"}. Helm adds
 * {@code ensure CRDs are installed first}.
 */
public class NoKindMatchException extends KubeException {
    private final GroupVersionKind gvk;

    public NoKindMatchException(GroupVersionKind gvk) {
        super(0, "NoKindMatch", "no matches for kind \"" + gvk.kind() + "\" in version \"" + gvk.apiVersion() + "\"");
        this.gvk = gvk;
    }

    public GroupVersionKind gvk() {
        return gvk;
    }
}
