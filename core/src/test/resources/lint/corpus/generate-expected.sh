#!/bin/sh
# Regenerates <chart>.txt: what the reference Helm (helm-oracle lint) prints for every chart of the
# shared rendering corpus, run from the corpus folder as "lint charts/<chart>". stdout is kept as is,
# then the "Error: ..." line Helm prints on stderr; the corpus's absolute path is written as <CORPUS>.
#   core/src/test/resources/lint/corpus/generate-expected.sh [CORPUS_DIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "${1:-/work/shared/corpus}" && pwd)
oracle=${HELM_ORACLE:-/work/shared/oracle/helm-oracle}
cd "$corpus"
for dir in charts/*/; do
  chart=$(basename "$dir")
  out=$here/$chart.txt
  "$oracle" lint "charts/$chart" >"$out.tmp" 2>"$out.err" || true
  grep '^Error: ' "$out.err" >>"$out.tmp" || true
  sed "s|$corpus/|<CORPUS>/|g" "$out.tmp" >"$out"
  rm -f "$out.tmp" "$out.err"
done
# Helm 4's expectations, derived from these by the rules Helm 4 changed (see ../helm4-expected.py).
python3 "$here/../helm4-expected.py" "$here" "$corpus/charts" "$here/../corpus-helm4"
