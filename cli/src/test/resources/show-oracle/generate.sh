#!/bin/sh
# Regenerates the expected `helm show` outputs from the reference Helm (../shared/oracle).
# Usage: cli/src/test/resources/show-oracle/generate.sh   (from the repository root, or anywhere)
# Each file is <chart-id>.<format>.txt: the exact stdout of `helm show <format> <chart>`, or
# <chart-id>.<format>.error.txt: its stderr when it fails.
# A chart id is testcharts__NAME (Helm's cmd/helm/testdata/testcharts) or corpus__NAME (corpus/charts).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
oracle=${HELM_ORACLE:-/work/shared/oracle/helm-oracle}
corpus=${HELM4J_CORPUS:-/work/shared/corpus}
testcharts="$corpus/helm-testdata/v3.21.0/cmd/helm/testdata/testcharts"
while read -r id formats; do
  case "$id" in
    ''|'#'*) continue ;;
    testcharts__*) chart="$testcharts/${id#testcharts__}" ;;
    corpus__*) chart="$corpus/charts/${id#corpus__}" ;;
  esac
  for f in $formats; do
    rm -f "$here/$id.$f.txt" "$here/$id.$f.error.txt"
    if ! "$oracle" show "$f" "$chart" > "$here/$id.$f.txt" 2> "$here/$id.$f.stderr"; then
      mv "$here/$id.$f.stderr" "$here/$id.$f.error.txt"; rm -f "$here/$id.$f.txt"
    fi
    rm -f "$here/$id.$f.stderr"
  done
done < "$here/charts.txt"
