#!/bin/sh
# Regenerates helm-4.3.2-functions.txt from the sources of Helm 4.3.2 and the Sprig its go.mod names
# (go install helm.sh/helm/v4/cmd/helm@v4.3.2 leaves both in the module cache).
set -e
mod=$(go env GOMODCACHE)
helm=$mod/helm.sh/helm/v4@v4.3.2
sprig=$mod/github.com/!masterminds/sprig/v3@$(awk '$1=="github.com/Masterminds/sprig/v3"{print $2}' "$helm/go.mod")
out=$(dirname "$0")/helm-4.3.2-functions.txt
{
  sed -n '1,3p' "$out"
  {
    sed -n '/var genericMap/,/^}/p' "$sprig/functions.go" | grep -v '^\s*//' | grep -oE '"[a-zA-Z0-9_]+":' | tr -d '":' | grep -vx 'env\|expandenv'
    sed -n '/func funcMap/,/^}/p' "$helm/pkg/engine/funcs.go" | grep -oE '^\s*"[a-zA-Z0-9_]+":' | tr -d ' \t":'
    grep -oE 'funcMap\["[a-zA-Z0-9_]+"\]' "$helm/pkg/engine/engine.go" | sed 's/funcMap\["//; s/"\]//'
  } | LC_ALL=C sort -u
} > "$out.tmp"
mv "$out.tmp" "$out"
