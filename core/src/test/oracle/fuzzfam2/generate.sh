#!/bin/bash
# generate.sh: renders every line of cases.txt (made by gen.py) through the real Helm 4.3.2 (helm template, one
# chart per case) into core/src/test/resources/io/helm4j/engine/fuzzfam2-expected.tsv, in the format of
# ../families/generate.sh, with its chart and files plus files of 481, 513, 769 and 5000 bytes and one starting
# with a UTF-8 byte order mark (FamiliesOracleTest.smallerGoItemsRenderLikeHelm4 builds the same chart).
# Needs Helm 4.3.2: $HELM4, else ~/.cache/helm4/v4.3.2/helm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
out="$here/../../resources/io/helm4j/engine/fuzzfam2-expected.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$out"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  d="$work/c"
  rm -rf "$d" && mkdir -p "$d/templates"
  printf 'apiVersion: v2\nname: c\nversion: 0.1.0\nkeywords: [zeta, alpha, mid]\n' > "$d/Chart.yaml"
  cp "$here/../sprig/values.yaml" "$d/values.yaml"
  : > "$d/empty.txt"
  printf 'a\nb\n' > "$d/two.txt"
  printf '\003' > "$d/one.txt"
  for n in 481 513 769 5000; do head -c "$n" /dev/zero | tr '\0' x > "$d/f$n.txt"; done
  printf '\357\273\277ab' > "$d/bom.txt"
  {
    printf 'v: {{ include "snippet" . | b64enc }}\n'
    printf '{{- define "snippet" }}%s{{ end }}\n' "$line"
  } > "$d/templates/t.yaml"
  key=$(printf '%s' "$line" | base64 -w0)
  if TZ=UTC "$helm" template r "$d" > "$work/out.yaml" 2> "$work/err.txt"; then
    printf '%s\tOK\t%s\n' "$key" "$(sed -n 's/^v: //p' "$work/out.yaml" | tr -d '\n')" >> "$out"
  else
    printf '%s\tERR\t%s\n' "$key" "$(base64 -w0 < "$work/err.txt")" >> "$out"
  fi
done < "$here/cases.txt"
echo "wrote $(wc -l < "$out") cases to $out ($("$helm" version --short))" >&2
