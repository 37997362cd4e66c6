#!/bin/bash
# Renders cases.txt (made by gen.py) with the real Helm 4.3.2 into
# core/src/test/resources/io/helm4j/engine/fuzzfam2-expected.tsv (see ../families/generate.sh), with the chart
# additions of chart.sh (files of 481, 513, 769 and 5000 bytes, a byte order mark, keywords, TZ=UTC).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../families/generate.sh" "$here"
