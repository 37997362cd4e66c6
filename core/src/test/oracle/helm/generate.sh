#!/bin/bash
# Renders every line of cases.txt (snippets calling Helm's own functions) through the reference Helm
# into core/src/test/resources/io/helm4j/engine/helm-funcs-expected.tsv, in the format and with the
# chart and values of ../sprig/generate.sh. Run from anywhere; needs ../shared/oracle.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../sprig/generate.sh" "$here/cases.txt" "$here/../../resources/io/helm4j/engine/helm-funcs-expected.tsv"
