#!/bin/sh
# Regenerates expected/ from the reference Helm (../shared/oracle) for every case in cases/.
# Run from anywhere: sh core/src/test/resources/values/generate-expected.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
oracle=${HELM_ORACLE:-$here/../../../../../../shared/oracle/helm-oracle}
[ -x "$oracle" ] || oracle=/work/shared/oracle/helm-oracle
rm -rf "$here/expected"
"$oracle" batch "$here/cases" "$here" "$here/expected" || true
