#!/bin/sh
# Builds each test plugin's .wat into a .wasm beside it (the tests do the same into a temporary directory).
set -e
cd "$(dirname "$0")"
for f in *.wat; do wat2wasm "$f" -o "${f%.wat}.wasm"; done
