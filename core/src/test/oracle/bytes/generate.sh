#!/bin/bash
# Renders every line of cases.txt through the real Helm 4 (helm template, one chart per case) into
# core/src/test/resources/io/helm4j/engine/bytes-expected.tsv: base64 of the snippet, OK or ERR, and
# the base64 that Helm's b64enc printed (OK) or base64 of Helm's stderr (ERR). The chart holds
# files/bin.dat and files/utf8.txt, written here as ByteStringsOracleTest writes them.
# Needs Helm 4.3.2: $HELM4, else ~/.cache/helm4/v4.3.2/helm (see ../../../../../shared/oracle/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
out="$here/../../resources/io/helm4j/engine/bytes-expected.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$out"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  d="$work/c"
  rm -rf "$d" && mkdir -p "$d/templates" "$d/files"
  printf 'apiVersion: v2\nname: c\nversion: 0.1.0\n' > "$d/Chart.yaml"
  # bytes 0..255, then 44 bytes of x = (x * 75 + 74) mod 257 from x = 1 (the low byte), as the test writes them
  python3 -c 'import sys
b = bytes(range(256)); x = 1; r = []
for _ in range(44):
    x = (x * 75 + 74) % 257; r.append(x & 255)
sys.stdout.buffer.write(b + bytes(r))' > "$d/files/bin.dat"
  printf 'é€😀x\n' > "$d/files/utf8.txt"
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
