#!/bin/bash
# Renders cases.txt (zone names from the tz database) with the real Helm 4.3.2 into
# core/src/test/resources/io/helm4j/engine/tzdata-expected.tsv (see ../families/generate.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../families/generate.sh" "$here"
