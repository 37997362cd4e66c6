package io.helm4j.registry;

import io.helm4j.Helm4jException;
import java.util.regex.Pattern;

/**
 * An OCI reference as Helm's {@code newReference} reads it: {@code [oci://]REGISTRY/REPOSITORY[:TAG][@DIGEST]},
 * a {@code +} in the tag written as {@code _} (OCI tags cannot hold {@code +}). Tag and digest are "" when absent.
 */
public record OciReference(String registry, String repository, String tag, String digest) {
    private static final Pattern REPOSITORY = Pattern.compile(
            "[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");

    public OciReference {
        tag = tag == null ? "" : tag;
        digest = digest == null ? "" : digest;
    }

    public static OciReference parse(String ref) {
        String raw = ref.startsWith("oci://") ? ref.substring(6) : ref;
        String digest = "";
        int at = raw.lastIndexOf('@');
        if (at >= 0) {
            digest = raw.substring(at + 1);
            raw = raw.substring(0, at);
        }
        int slash = raw.indexOf('/');
        if (slash <= 0) {
            throw new Helm4jException("invalid reference: missing registry or repository: " + ref);
        }
        String registry = raw.substring(0, slash);
        String rest = raw.substring(slash + 1);
        String tag = "";
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            tag = rest.substring(colon + 1).replace('+', '_');
            rest = rest.substring(0, colon);
        }
        if (!REPOSITORY.matcher(rest).matches()) {
            throw new Helm4jException("invalid reference: invalid repository \"" + rest + "\"");
        }
        if (!tag.isEmpty() && !TAG.matcher(tag).matches()) {
            throw new Helm4jException("invalid reference: invalid tag \"" + tag + "\"");
        }
        if (!digest.isEmpty() && !DIGEST.matcher(digest).matches()) {
            throw new Helm4jException("invalid reference: invalid digest \"" + digest + "\"");
        }
        return new OciReference(registry, rest, tag, digest);
    }

    /** The same repository at another tag (a {@code +} written as {@code _}), without a digest. */
    public OciReference withTag(String t) {
        return new OciReference(registry, repository, t.replace('+', '_'), "");
    }

    /** The same repository at a digest, without a tag. */
    public OciReference withDigest(String d) {
        return new OciReference(registry, repository, "", d);
    }

    /** What the manifest endpoint is asked for: the digest when there is one, else the tag. */
    public String manifestReference() {
        return !digest.isEmpty() ? digest : tag;
    }

    /** {@code REGISTRY/REPOSITORY}. */
    public String name() {
        return registry + "/" + repository;
    }

    /** {@code REGISTRY/REPOSITORY:TAG}, or {@code REGISTRY/REPOSITORY@DIGEST} without a tag, as Helm prints it. */
    @Override
    public String toString() {
        if (!tag.isEmpty()) {
            return name() + ":" + tag;
        }
        return digest.isEmpty() ? name() : name() + "@" + digest;
    }
}
