#!/bin/bash
# Renders cases.txt (written by gen.py: the method sets of time.Time, time.Duration, *semver.Version) with the real
# Helm 4.3.2 into core/src/test/resources/io/helm4j/engine/methods-expected.tsv (see ../families/generate.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../families/generate.sh" "$here"
