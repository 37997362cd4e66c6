#!/bin/bash
# Renders every line of cases.txt as a chart whose templates/t.yaml is "v: LINE" with the real Helm 4.3.2 ($HELM4,
# else ~/.cache/helm4/v4.3.2/helm; `helm template r CHART`, one process per case) and writes
# core/src/test/resources/io/helm4j/engine/functypes-expected.tsv: one line per case,
# "base64(case)<TAB>OK|ERR<TAB>base64(helm template's output, or its whole error text without 'Error: ')".
# The cases call functions with arguments of the wrong type, to pin Go's evalArg messages ("expected string;
# found 5", "wrong type for value; ...", "cannot assign nil to ...") and the several lines Helm 4 prints them on.
# (Until 2026-12-08 the reference was Helm 3.21's helm-oracle batch and only the first line was kept.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../resources/io/helm4j/engine/functypes-expected.tsv"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
: > "$out"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  d="$work/c"
  rm -rf "$d" && mkdir -p "$d/templates"
  printf 'apiVersion: v2\nname: c\nversion: 0.1.0\n' > "$d/Chart.yaml"
  cp "$here/values.yaml" "$d/values.yaml"
  printf 'v: %s\n' "$line" > "$d/templates/t.yaml"
  printf '{{- define "named" }}N{{ end }}\n' > "$d/templates/_helpers.tpl"
  key=$(printf '%s' "$line" | base64 -w0)
  if "$helm" template r "$d" > "$work/out" 2> "$work/err"; then
    printf '%s\tOK\t%s\n' "$key" "$(base64 -w0 < "$work/out")" >> "$out"
  else
    err=$(printf '%s' "$(sed '1s/^Error: //' "$work/err")" | base64 -w0)
    printf '%s\tERR\t%s\n' "$key" "$err" >> "$out"
  fi
done < "$here/cases.txt"
echo "wrote $(wc -l < "$out") cases to $out ($("$helm" version --short))" >&2
