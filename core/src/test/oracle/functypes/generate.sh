#!/bin/bash
# Renders every line of cases.txt as a chart whose templates/t.yaml is "v: LINE" through the reference Helm
# (helm-oracle batch) and writes core/src/test/resources/io/helm4j/engine/functypes-expected.tsv: one line
# per case, "base64(case)<TAB>OK|ERR<TAB>base64(helm template's output, or its error line without 'Error: ')".
# The cases call functions with arguments of the wrong type, to pin Go's evalArg messages ("expected string;
# found 5", "wrong type for value; ...", "cannot assign nil to ..."). Run from anywhere; needs ../shared/oracle.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../resources/io/helm4j/engine/functypes-expected.tsv"
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
  printf 'v: %s\n' "$line" > "$d/templates/t.yaml"
  printf '{{- define "named" }}N{{ end }}\n' > "$d/templates/_helpers.tpl"
  printf '%s' "$line" > "$work/charts/$id.case"
  printf '{"chart": "charts/%s", "releaseName": "r"}\n' "$id" > "$work/cases/$id.json"
done < "$here/cases.txt"
"$oracle" batch "$work/cases" "$work" "$work/out" > "$work/batch.log" || true
tail -1 "$work/batch.log" >&2
: > "$out"
for c in "$work"/charts/*.case; do
  id=$(basename "$c" .case)
  key=$(base64 -w0 < "$c")
  if [ -f "$work/out/$id.yaml" ]; then
    printf '%s\tOK\t%s\n' "$key" "$(base64 -w0 < "$work/out/$id.yaml")" >> "$out"
  else
    err=$(printf '%s' "$(head -1 "$work/out/$id.error.txt" | sed 's/^Error: //')" | base64 -w0)
    printf '%s\tERR\t%s\n' "$key" "$err" >> "$out"
  fi
done
echo "wrote $(wc -l < "$out") cases to $out" >&2
