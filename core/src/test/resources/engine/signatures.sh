#!/bin/sh
# Regenerates helm-4.3.2-signatures.tsv: every template function of Helm 4.3.2 with its Go parameter types,
# read by reflection from the compiled sources (not written by hand). signatures/main.go links Helm's
# unexported engine.funcMap (Sprig v3.3.0's map, as Helm's go.mod pins it, without env/expandenv, with Helm's
# own) and prints NAME<TAB>PARAMS for each; include, tpl, required and lookup are Helm's placeholders there,
# whose parameters are those of the late-bound functions engine.go puts over them (fail and getHostByName
# are Sprig's, with the same parameters as Helm's replacements). Needs Go and Helm 4.3.2 in the module
# cache (go install helm.sh/helm/v4/cmd/helm@v4.3.2 leaves it there); works offline.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/signatures/main.go" "$work/"
printf 'module ftab\n\ngo 1.24\n\nrequire helm.sh/helm/v4 v4.3.2\n' > "$work/go.mod"
{
  echo "# The template functions of Helm 4.3.2 and their Go parameter types (reflect), made by signatures.sh."
  (cd "$work" && GOFLAGS=-mod=mod GOPROXY=off go run .)
} > "$here/helm-4.3.2-signatures.tsv"
