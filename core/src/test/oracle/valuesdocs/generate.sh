#!/bin/bash
# Renders each line of cases.txt (a values.yaml, printf-escaped) with the real Helm 4.3.2 (`helm template` of a chart
# whose one template is `{{ toJson .Values }}`) into ../../resources/io/helm4j/chart/values-documents-expected.tsv:
# CASE \t OK \t the JSON, or CASE \t ERR \t the first line of the error. ValuesDocumentsOracleTest reads it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
out="$here/../../resources/io/helm4j/chart/values-documents-expected.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/c/templates"
printf 'apiVersion: v2\nname: c\nversion: 0.1.0\n' > "$work/c/Chart.yaml"
printf '{{ toJson .Values }}\n' > "$work/c/templates/t.yaml"
: > "$out"
while IFS= read -r line || [ -n "$line" ]; do
  printf -- "$line" > "$work/c/values.yaml"
  if "$helm" template r "$work/c" > "$work/out" 2> "$work/err"; then
    printf '%s\tOK\t%s\n' "$line" "$(tail -n 1 "$work/out")" >> "$out"
  else
    printf '%s\tERR\t%s\n' "$line" "$(head -n 1 "$work/err")" >> "$out"
  fi
done < "$here/cases.txt"
echo "wrote $(wc -l < "$out") cases ($("$helm" version --short))" >&2
