#!/usr/bin/env bash
# The reference's warm rendering of the whole corpus in one process (helm-oracle batch), for
# comparison with CorpusBenchmark. Prints the oracle's own summary line.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=${HELM4J_SHARED:-$here/../shared}
out=$(mktemp -d)
cd "$shared/corpus" && "$shared/oracle/helm-oracle" batch cases . "$out" | tail -n 3
rm -rf "$out"
