#!/bin/sh
# Regenerates expected/<case>[.strict].txt from the reference Helm (helm-oracle lint) for every fixture
# chart under charts/. Run from anywhere:  core/src/test/resources/lint/generate-expected.sh
# stdout is kept as is, then the "Error: ..." line Helm prints on stderr; the absolute fixture
# directory is written as <DIR> (Helm reports dependency findings against the absolute chart path).
set -e
here=$(cd "$(dirname "$0")" && pwd)
oracle=${HELM_ORACLE:-$here/../../../../../../shared/oracle/helm-oracle}
[ -x "$oracle" ] || oracle=/work/shared/oracle/helm-oracle
cd "$here"
mkdir -p expected
for dir in charts/*/; do
  case=$(basename "$dir")
  for mode in "" strict; do
    out=expected/$case${mode:+.$mode}.txt
    flag=${mode:+--$mode}
    "$oracle" lint $flag "charts/$case" >"$out.tmp" 2>"$out.err" || true
    grep '^Error: ' "$out.err" >>"$out.tmp" || true
    sed "s|$here/|<DIR>/|g" "$out.tmp" >"$out"
    rm -f "$out.tmp" "$out.err"
  done
done
# Helm 4's expectations, derived from these by the rules Helm 4 changed (see helm4-expected.py).
python3 "$here/helm4-expected.py" expected charts expected-helm4
