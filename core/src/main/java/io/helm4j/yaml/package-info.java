/**
 * YAML, JSON and TOML exactly as Helm reads and writes them.
 *
 * <p>{@link io.helm4j.yaml.GoYaml} is the entry point:
 * <ul>
 * <li>reading ({@code load}, {@code loadMap}, {@code loadList}, {@code loadAll}) is sigs.k8s.io/yaml
 * {@code Unmarshal}: go-yaml v2 resolution (YAML 1.1 booleans, Go integer syntax, v2 merge-key order,
 * aliases copied, excessive-aliasing guard) and then the YAML to JSON step (keys become strings, every
 * number a Double, NaN and infinities rejected). snakeyaml-engine composes the nodes; this package
 * resolves them and words errors as go-yaml does ({@code error converting YAML to JSON: yaml: line 3:
 * ...}), with the line in {@link io.helm4j.yaml.YamlException#line()}. A hand-written reader,
 * {@code FastYamlReader}, reads the common YAML of manifests and values files first (about ten times
 * faster cold than snakeyaml) and declines anything it is not certain of, so snakeyaml and its
 * error messages still decide every rare construct and every error;</li>
 * <li>{@code toYaml} is sigs.k8s.io/yaml {@code Marshal}: Go's JSON round trip on the value tree, then
 * go-yaml v2's emitter (natural key order, compact sequences, its quoting and 80-column folding);</li>
 * <li>{@code toYamlPretty} is go-yaml v3's encoder with indent 2, straight from the value tree;</li>
 * <li>{@code toJson}, {@code toPrettyJson}, {@code toRawJson}, {@code fromJson} follow encoding/json;
 * {@code toToml} and {@code fromToml} follow BurntSushi/toml's encoder and decoder.</li>
 * </ul>
 *
 * <p>Checked against the reference Helm: src/test/oracle/yaml/{generate,toml,corpus}.sh regenerate the
 * differential cases. Known differences, all rare in charts: raw U+0085/U+2028/U+2029 in YAML input
 * are text here but line breaks for go-yaml; in flow collections a plain scalar may contain '?'
 * (go-yaml refuses it); content after a complete flow-style root node is an error here and ignored by
 * go-yaml; a tab after "- " is accepted here; where go-yaml's key order has cycles (a01, a10, a1a)
 * Helm's own order varies from run to run.
 */
package io.helm4j.yaml;
