/**
 * Chart provenance, as Helm's {@code pkg/provenance}: the {@code .prov} file is an OpenPGP clear-signed
 * document holding the chart's Chart.yaml metadata, the YAML end marker {@code ...}, and the archive's
 * {@code sha256} sum ({@link io.helm4j.provenance.Provenance}). Keys come from keyrings as GnuPG exports them
 * ({@code gpg --export}, {@code gpg --export-secret-keys}, the legacy {@code pubring.gpg}/{@code secring.gpg};
 * binary or ASCII-armored) through {@link io.helm4j.provenance.Keyring}; {@link io.helm4j.provenance.Signatory}
 * signs with a secret key found by name, as Helm's {@code NewFromKeyring} finds it. No OpenPGP library type
 * appears in this package's public signatures.
 */
package io.helm4j.provenance;
