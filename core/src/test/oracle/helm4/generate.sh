#!/bin/bash
# Renders every line of cases.txt through the real Helm 4 (helm template, one chart per case) into
# core/src/test/resources/io/helm4j/engine/helm4-funcs-expected.tsv, in the format, chart and values of
# ../sprig/generate.sh: the functions Helm 4 added, which the Helm 3.21 oracle lacks.
# Needs Helm 4.3.2: $HELM4, else ~/.cache/helm4/v4.3.2/helm (see ../../../../../shared/oracle/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
out="$here/../../resources/io/helm4j/engine/helm4-funcs-expected.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$out"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  d="$work/c"
  rm -rf "$d" && mkdir -p "$d/templates"
  printf 'apiVersion: v2\nname: c\nversion: 0.1.0\n' > "$d/Chart.yaml"
  cp "$here/../sprig/values.yaml" "$d/values.yaml"
  : > "$d/empty.txt"
  printf 'a\nb\n' > "$d/two.txt"
  {
    printf 'v: {{ include "snippet" . | b64enc }}\n'
    printf '{{- define "snippet" }}%s{{ end }}\n' "$line"
  } > "$d/templates/t.yaml"
  key=$(printf '%s' "$line" | base64 -w0)
  if "$helm" template r "$d" > "$work/out.yaml" 2> "$work/err.txt"; then
    printf '%s\tOK\t%s\n' "$key" "$(sed -n 's/^v: //p' "$work/out.yaml" | tr -d '\n')" >> "$out"
  else
    printf '%s\tERR\t%s\n' "$key" "$(base64 -w0 < "$work/err.txt")" >> "$out"
  fi
done < "$here/cases.txt"
echo "wrote $(wc -l < "$out") cases to $out ($("$helm" version --short))" >&2
