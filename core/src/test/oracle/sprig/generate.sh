#!/bin/bash
# Renders every line of cases.txt through the reference Helm (helm-oracle batch) and writes
# core/src/test/resources/io/helm4j/internal/engine/funcs/sprig-expected.tsv: one line per case,
# "base64(case)<TAB>OK|ERR<TAB>base64(output or error)". Run from anywhere; needs ../shared/oracle.
# Usage: generate.sh [CASES_FILE OUTPUT_TSV] (the defaults are Sprig's; ../helm/generate.sh passes its own).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cases="${1:-$here/cases.txt}"
out="${2:-$here/../../resources/io/helm4j/internal/engine/funcs/sprig-expected.tsv}"
oracle="${HELM_ORACLE:-/work/shared/oracle/helm-oracle}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cases" "$work/charts" "$work/out"
n=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  id=$(printf 'c%04d' "$n")
  d="$work/charts/$id"
  mkdir -p "$d/templates"
  printf 'apiVersion: v2\nname: c\nversion: 0.1.0\n' > "$d/Chart.yaml"
  cp "$here/values.yaml" "$d/values.yaml"
  {
    printf 'v: {{ include "snippet" . | b64enc }}\n'
    printf '{{- define "snippet" }}%s{{ end }}\n' "$line"
  } > "$d/templates/t.yaml"
  printf '%s' "$line" > "$work/charts/$id.case"
  printf '{"chart": "charts/%s", "releaseName": "r"}\n' "$id" > "$work/cases/$id.json"
done < "$cases"
"$oracle" batch "$work/cases" "$work" "$work/out" > "$work/batch.log" || true
tail -1 "$work/batch.log" >&2
: > "$out"
for c in "$work"/charts/*.case; do
  id=$(basename "$c" .case)
  key=$(base64 -w0 < "$c")
  if [ -f "$work/out/$id.yaml" ]; then
    val=$(sed -n 's/^v: //p' "$work/out/$id.yaml" | tr -d '\n')
    printf '%s\tOK\t%s\n' "$key" "$val" >> "$out"
  else
    err=$(base64 -w0 < "$work/out/$id.error.txt")
    printf '%s\tERR\t%s\n' "$key" "$err" >> "$out"
  fi
done
echo "wrote $(wc -l < "$out") cases to $out" >&2
