package io.helm4j.provenance;

/**
 * Where the passphrase of an encrypted secret key comes from (Helm's {@code PassphraseFetcher}): asked with
 * the key's first identity ({@code NAME (COMMENT) <EMAIL>}), answered with the passphrase's bytes.
 */
@FunctionalInterface
public interface PassphraseSource {
    byte[] passphrase(String keyName);
}
