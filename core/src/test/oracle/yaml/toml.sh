#!/usr/bin/env bash
# Regenerates the differential TOML expectations from the reference Helm: every values/<name>.yaml
# rendered through chart-toml/ (toToml of .Values) into expected-toml/<name>.txt (or "#ERROR\n<message>").
# Usage: core/src/test/oracle/yaml/toml.sh [name-prefix]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../resources/io/helm4j/yaml/oracle"
oracle="${HELM_ORACLE:-$here/../../../../../shared/oracle/helm-oracle}"
[ -x "$oracle" ] || oracle=/work/shared/oracle/helm-oracle
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/cases" "$tmp/out"
for v in "$root"/values/${1:-}*.yaml; do
  n="$(basename "$v" .yaml)"
  printf '{"chart":"chart-toml","releaseName":"x","namespace":"default","valuesFiles":["values/%s.yaml"]}\n' "$n" \
    > "$tmp/cases/$n.json"
done
"$oracle" batch "$tmp/cases" "$root" "$tmp/out" > "$tmp/log.txt" || true
python3 - "$tmp/out" "$root/expected-toml" <<'PY'
import os, re, sys
out, exp = sys.argv[1], sys.argv[2]
def unesc(s):
    return re.sub(r"<U\+([0-9A-F]{4})>", lambda m: chr(int(m.group(1), 16)), s).replace("<CR>", "\r")
for f in sorted(os.listdir(out)):
    p = os.path.join(out, f)
    text = open(p, encoding="utf-8", newline="").read()
    if f.endswith(".error.txt"):
        name = f[:-len(".error.txt")]
        msg = text[len("Error: "):] if text.startswith("Error: ") else text
        marker = "/values/" + name + ".yaml: "
        if msg.startswith("failed to parse ") and marker in msg:
            msg = msg[msg.index(marker) + len(marker):]
        body = "#ERROR\n" + msg.rstrip("\n")
    else:
        name = f[:-len(".yaml")]
        lines = text.split("\n")
        i = lines.index("kind: Probe")
        lines = lines[i + 1:]
        lines = lines[:lines.index("#---END---")]
        body = unesc("\n".join(l[1:] for l in lines))
    with open(os.path.join(exp, name + ".txt"), "w", encoding="utf-8", newline="") as w:
        w.write(body)
PY
grep -c . "$tmp/log.txt" >/dev/null && tail -1 "$tmp/log.txt"
