#!/bin/bash
# Broken chart archives and what the real Helm 4.3.2 prints for each (`helm show chart FILE`): the bases are a chart
# archive as `helm package` writes it (dynamic Huffman blocks, Go's gzip) and the same tar deflated by Python's zlib
# with fixed Huffman codes only and in stored blocks only (bases.py); each line of cases.txt names a base and either
# bytes to flip (OFFSET:XOR,...) or a length to cut it to. Writes
# ../../resources/io/helm4j/chart/flate/expected.tsv: CASE \t OK, or CASE \t ERR \t the first line of the error
# ("Error: " dropped, the archive's path written FILE). GoGzipDifferentialTest reads it. Run bases.py first only to make new bases.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
res="$here/../../resources/io/helm4j/chart/flate"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$res/expected.tsv"
while IFS= read -r line || [ -n "$line" ]; do
  [ -z "$line" ] && continue
  python3 "$here/mutate.py" "$res" "$line" "$work/c.tgz"
  if "$helm" show chart "$work/c.tgz" > "$work/out" 2> "$work/err"; then
    printf '%s\tOK\n' "$line" >> "$res/expected.tsv"
  else
    printf '%s\tERR\t%s\n' "$line" "$(head -n 1 "$work/err" | sed "s/^Error: //; s#$work/c.tgz#FILE#g")" >> "$res/expected.tsv"
  fi
done < "$here/cases.txt"
echo "wrote $(wc -l < "$res/expected.tsv") cases ($("$helm" version --short))" >&2
