#!/bin/bash
# Renders cases.txt (the fuzzer's families) with the real Helm 4.3.2 into
# core/src/test/resources/io/helm4j/engine/fuzzfam-expected.tsv (see ../families/generate.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../families/generate.sh" "$here"
