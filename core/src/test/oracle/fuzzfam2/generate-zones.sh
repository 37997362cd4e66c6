#!/bin/bash
# generate-zones.sh: renders each snippet of zones-snippets.txt under each environment of zones.txt ($TZ, $ZONEINFO;
# @W is the absolute path of ./zones) through the real Helm 4.3.2 into
# core/src/test/resources/io/helm4j/engine/fuzzfam2-zones-expected.tsv: ENV (base64), then generate.sh's columns.
# Needs Helm 4.3.2: $HELM4, else ~/.cache/helm4/v4.3.2/helm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
out="$here/../../resources/io/helm4j/engine/fuzzfam2-zones-expected.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$out"
d="$work/c"
while IFS= read -r envline || [ -n "$envline" ]; do
  case "$envline" in ''|'#'*) continue ;; esac
  while IFS= read -r line || [ -n "$line" ]; do
    rm -rf "$d" && mkdir -p "$d/templates"
    printf 'apiVersion: v2\nname: c\nversion: 0.1.0\n' > "$d/Chart.yaml"
    {
      printf 'v: {{ include "snippet" . | b64enc }}\n'
      printf '{{- define "snippet" }}%s{{ end }}\n' "$line"
    } > "$d/templates/t.yaml"
    read -r -a vars <<< "${envline//@W/$here/zones}"
    [ "${#vars[@]}" -eq 0 ] && vars=("TZ=")
    case "$envline" in *' '*) ;; *) ;; esac
    row="$(printf '%s' "$envline" | base64 -w0)\t$(printf '%s' "$line" | base64 -w0)"
    if env -u TZ -u ZONEINFO "${vars[@]}" "$helm" template r "$d" > "$work/out.yaml" 2> "$work/err.txt"; then
      printf "$row"'\tOK\t%s\n' "$(sed -n 's/^v: //p' "$work/out.yaml" | tr -d '\n')" >> "$out"
    else
      printf "$row"'\tERR\t%s\n' "$(base64 -w0 < "$work/err.txt")" >> "$out"
    fi
  done < "$here/zones-snippets.txt"
done < "$here/zones.txt"
echo "wrote $(wc -l < "$out") cases to $out ($("$helm" version --short))" >&2
